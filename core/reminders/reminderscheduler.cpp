#include "reminderscheduler.h"

#include "clock.h"
#include "contactwindow.h"
#include "messagetemplaterepository.h"
#include "outboxrepository.h"
#include "reminderscanrepository.h"
#include "remindertracking.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

ReminderScheduler::ReminderScheduler(const Database &db, const Clock &clock)
    : m_db(db), m_clock(clock)
{
}

Result<ScanReport> ReminderScheduler::scan(bool dryRun)
{
    ScanReport report;
    const auto policyResult = ReminderTracking::policy(m_db);
    if (!policyResult)
        return policyResult.failure();
    const ReminderPolicy policy = policyResult.value();

    // Messages decided now go out in the next legal window; the steps are those due by that
    // day, so an evening scan prepares tomorrow morning's messages.
    report.notBefore = ContactWindow::nextOpening(m_clock.now(), m_clock.timeZone());
    report.sendDate = report.notBefore.toTimeZone(m_clock.timeZone()).date();
    const QDate asOf = report.sendDate;
    if (!policy.enabled) {
        report.remindersOff = true;
        return report;
    }

    MessageTemplateRepository templates(m_db, m_clock);
    if (!dryRun) {
        if (auto defaults = templates.ensureDefaults(); !defaults)
            return defaults.failure();
    }
    QHash<int, MessageTemplate> templateForLevel;
    ReminderScanRepository store(m_db);
    OutboxRepository outbox(m_db, m_clock);

    const auto due = store.due(asOf);
    if (!due)
        return due.failure();
    report.messages.reserve(due->size()); // at most one message per client

    // Chunks of m_chunk clients, fewer when they have many debts due: each chunk is one
    // short write transaction, so a clerk's save never waits long behind the scan.
    constexpr qsizetype debtsPerChunk = 2000;
    for (qsizetype next = 0; next < due->size();) {
        QList<qint64> chunk;
        QList<qint64> chunkDebts;
        QList<WakeUp> wakeUps;
        while (next < due->size() && chunk.size() < m_chunk
               && (chunk.isEmpty() || chunkDebts.size() < debtsPerChunk)) {
            const DueClient &c = due->at(next++);
            if (c.clientId != 0)
                chunk.append(c.clientId);
            chunkDebts.append(c.debtIds);
            wakeUps.append(c.wakeUps);
        }
        // Read inside the write transaction, so that a second process scanning at the same
        // time waits and then sees what this one queued.
        std::optional<WriteTransaction> tx;
        if (!dryRun) {
            tx.emplace(m_db);
            if (!tx->started())
                return m_db.failure(tx->error(), tr("checking reminders"));
        }
        const auto clients = store.clients(chunk, asOf);
        if (!clients)
            return clients.failure();
        const auto debts = store.dueDebts(chunkDebts, asOf);
        if (!debts)
            return debts.failure();
        const auto days = store.messageDays(chunk, asOf.addDays(-6), asOf);
        if (!days)
            return days.failure();

        QHash<qint64, QList<ScanDebt>> debtsByClient;
        for (const ScanDebt &d : debts.value())
            debtsByClient[d.clientId].append(d);

        QList<QPair<qint64, QDate>> plans;
        QList<OutboxMessage> composed;
        for (const ScanClient &client : clients.value()) {
            const QList<ScanDebt> clientDebts = debtsByClient.value(client.id);
            report.debtsExamined += int(clientDebts.size());

            if (!client.consentGranted || !client.active || client.whatsapp.isEmpty()) {
                // Nothing goes out without consent; the steps pass by without a burst later.
                for (const ScanDebt &d : clientDebts)
                    plans.append({d.id, policy.nextStepDate(d.dueDate, asOf)});
                report.withoutConsent += int(clientDebts.size());
                continue;
            }
            if (client.pausedUntil.isValid()) {
                for (const ScanDebt &d : clientDebts)
                    plans.append({d.id, client.pausedUntil.addDays(1)});
                report.paused += int(clientDebts.size());
                continue;
            }

            struct Candidate
            {
                ScanDebt debt;
                int step;
            };
            QList<Candidate> candidates;
            for (const ScanDebt &d : clientDebts) {
                if (d.pausedUntil.isValid()) {
                    plans.append({d.id, d.pausedUntil.addDays(1)});
                    ++report.paused;
                    continue;
                }
                const auto step = policy.latestStep(d.dueDate, asOf);
                if (!step || (d.queuedStep && *d.queuedStep >= *step)) {
                    plans.append({d.id, policy.nextStepDate(d.dueDate, asOf)});
                    continue;
                }
                candidates.append({d, *step});
            }
            if (candidates.isEmpty())
                continue;

            const QList<QDate> sentDays = days->value(client.id);
            const bool hasToday = sentDays.contains(asOf);
            const bool capReached = sentDays.size() >= policy.weeklyCap;
            if (hasToday || capReached) {
                // Try again tomorrow: the latest step then is still the one to send.
                for (const Candidate &c : candidates)
                    plans.append({c.debt.id, asOf.addDays(1)});
                (hasToday ? report.deferredDaily : report.deferredWeekly) += int(candidates.size());
                continue;
            }

            MessageContext context;
            context.clientName = client.name;
            context.businessName = policy.businessName;
            context.dueDate = candidates.constFirst().debt.dueDate;
            OutboxMessage message;
            message.clientId = client.id;
            message.clientName = client.name;
            message.sendDate = asOf;
            message.notBefore = report.notBefore;
            message.to = client.whatsapp;
            for (const Candidate &c : candidates) {
                context.amount += c.debt.amount;
                context.balance += c.debt.amount - c.debt.paid;
                context.dueDate = std::min(context.dueDate, c.debt.dueDate);
                context.daysOverdue
                    = std::max(context.daysOverdue, int(c.debt.dueDate.daysTo(asOf)));
                context.references.append(c.debt.reference);
                message.items.append({c.debt.id, c.debt.dueDate, c.step, c.debt.reference});
            }
            const int level = m_levels.indexFor(context.daysOverdue);
            if (!templateForLevel.contains(level)) {
                const auto t = templates.forMoraLevel(level);
                if (!t)
                    return t.failure();
                templateForLevel.insert(level, t.value());
            }
            const MessageTemplate &t = templateForLevel.value(level);
            message.templateId = t.id;
            message.providerTemplate = t.providerTemplate;
            message.language = t.language;
            message.text = t.render(context);
            message.parameters = t.renderParameters(context);
            message.total = context.balance;
            message.references = context.references;
            composed.append(std::move(message));
        }

        // The chunk's messages are queued together (one round trip per table on a server).
        QStringList refused(composed.size());
        if (!dryRun) {
            auto queued = outbox.insertAll(composed);
            if (!queued)
                return queued.failure();
            refused = std::move(queued).value();
        }
        for (qsizetype i = 0; i < composed.size(); ++i) {
            OutboxMessage &message = composed[i];
            if (!refused.at(i).isEmpty()) {
                // Queued meanwhile by another worker: look again tomorrow.
                for (const OutboxItem &item : std::as_const(message.items))
                    plans.append({item.debtId, asOf.addDays(1)});
                ++report.deferredDaily;
                continue;
            }
            for (const OutboxItem &item : std::as_const(message.items))
                plans.append({item.debtId, policy.nextStepDate(item.dueDate, asOf)});
            ++report.messagesQueued;
            report.messages.append(std::move(message));
        }

        if (!dryRun) {
            // Every debt looked at has its plan. A wake-up stays only when its debt was read
            // but not looked at (it changed client meanwhile): the next scan sees it.
            QSet<qint64> looked;
            for (const auto &plan : std::as_const(plans))
                looked.insert(plan.first);
            QSet<qint64> read;
            for (const ScanDebt &d : debts.value())
                read.insert(d.id);
            QList<WakeUp> seen;
            for (const WakeUp &w : std::as_const(wakeUps)) {
                if (looked.contains(w.debtId) || !read.contains(w.debtId))
                    seen.append(w);
            }
            if (auto saved = store.reschedule(seen, plans); !saved)
                return saved.failure();
            if (!tx->commit())
                return m_db.failure(tx->error(), tr("checking reminders"));
        }
    }
    return report;
}
