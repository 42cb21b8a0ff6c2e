#pragma once

#include "database.h"

#include <QDialog>

class Clock;
class QLabel;
class QPlainTextEdit;
class QPrinter;

// The privacy notice (aviso de privacidad, Ley 1581 de 2012): edit it, save a new version, and
// print it for clients to sign.
class PrivacyNoticeDialog : public QDialog
{
    Q_OBJECT
public:
    PrivacyNoticeDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Saves the text as the notice in force; returns an error message or an empty string.
    QString save();
    // Lays the notice out on a printer (or a PDF printer), one page per copy.
    void print(QPrinter *printer) const;

public slots:
    void accept() override;
    void restoreDefault();
    void printPreview();

private:
    Database m_db;
    const Clock &m_clock;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
};
