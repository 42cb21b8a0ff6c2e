#pragma once

#include "clientrepository.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

// A line edit that finds a client as the clerk types (name, document or phone, accents and
// case ignored) and offers the matches in a popup; the chosen client's id is clientId().
class ClientPicker : public QLineEdit
{
    Q_OBJECT
public:
    ClientPicker(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    qint64 clientId() const { return m_clientId; }
    void setClient(const Client &client);
    // Picks the client whose suggestion is at `row` of the current suggestions.
    bool chooseSuggestion(int row);
    int suggestionCount() const;
    // Finds the suggestions for the typed text now instead of after the typing pause.
    void refreshSuggestions();
    // When nothing was chosen from the popup: the one client the text matches, if exactly one.
    Result<qint64> resolve();

    static QString label(const Client &client); // "María Gómez · CC 52123456"

signals:
    void clientChanged(qint64 clientId);

private:
    void setChosen(qint64 id, const QString &text);

    ClientRepository m_repository;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_suggestions = nullptr;
    QTimer *m_typingPause = nullptr;
    qint64 m_clientId = 0;
    bool m_settingText = false;
};
