#pragma once

#include "database.h"
#include "messagetemplate.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

class Clock;

// The reminder texts per mora level.
class MessageTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplateRepository)
public:
    MessageTemplateRepository(const Database &db, const Clock &clock);

    // Saves the two default templates when there are none yet.
    Result<void> ensureDefaults();
    Result<QList<MessageTemplate>> list() const;
    Result<MessageTemplate> get(qint64 id) const;
    // The template for a mora level: the one with the highest level not above it. Falls back
    // to the built-in defaults when none is saved.
    Result<MessageTemplate> forMoraLevel(int level) const;
    // Refuses unknown placeholders, and a second template for the same name or level.
    Result<qint64> save(MessageTemplate &t);
    Result<void> remove(qint64 id);

private:
    Database m_db;
    const Clock &m_clock;
};
