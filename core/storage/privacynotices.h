#pragma once

#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

class Clock;

// The business's privacy notice (aviso de privacidad, Ley 1581 de 2012 and Decreto 1377 de
// 2013). Every saved version is kept: a consent records the text the client accepted.
class PrivacyNotices
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyNotices)
public:
    PrivacyNotices(const Database &db, const Clock &clock);

    // The notice in force: the newest saved, or the default text when none was saved.
    Result<QString> current() const;
    // Saves a new version (and records it in the audit log).
    Result<void> save(const QString &body) const;

    // A complete starting text, with placeholders filled in from the business's details.
    static QString defaultText(const QString &businessName = QString(),
                               const QString &businessId = QString(),
                               const QString &contact = QString());

private:
    Database m_db;
    const Clock &m_clock;
};
