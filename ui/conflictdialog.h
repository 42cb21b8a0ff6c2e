#pragma once

#include "client.h"
#include "debt.h"

#include <QDialog>
#include <QList>

class QTableWidget;

// Shown when another clerk saved the same client or debt while this clerk was editing it:
// lists, field by field, what this clerk typed next to what the other one saved, and lets
// the clerk take the other version, save theirs over it, or go back to the form. Nothing
// typed is lost whichever way.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { UseTheirs, KeepMine, Cancel };

    struct Field
    {
        QString label;
        QString mine;   // what this clerk typed
        QString theirs; // what the other clerk saved
    };

    ConflictDialog(const QString &what, const QList<Field> &fields, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QList<Field> fields() const { return m_fields; }

    // The fields in which the two versions differ (labels as the edit dialogs show them).
    static QList<Field> differences(const Client &mine, const Client &theirs);
    static QList<Field> differences(const Debt &mine, const Debt &theirs,
                                    const QString &mineClientName, const QString &theirsClientName);

private:
    void choose(Choice choice);

    QList<Field> m_fields;
    Choice m_choice = Choice::Cancel;
    QTableWidget *m_table = nullptr;
};
