#pragma once

#include <QList>
#include <QString>

// A template the business configured for reminders: its provider name (Twilio: ContentSid)
// and language.
struct TemplateRef
{
    QString name;
    QString language;
};

// What "Probar conexión" found: whether the credentials work, and for each configured
// template whether the provider has it approved.
struct TemplateCheck
{
    enum class State { Approved, NotApproved, Missing, Unchecked };
    TemplateRef ref;
    State state = State::Unchecked;
    QString providerStatus; // as the provider spelled it ("APPROVED", "rejected", ...)
};

struct ConnectionReport
{
    bool credentialsAccepted = false;
    bool reachable = false;
    QString message; // translated summary for the settings dialog
    QList<TemplateCheck> templates;

    // True when the account can send every configured template right now.
    bool readyToSend() const
    {
        if (!credentialsAccepted)
            return false;
        for (const TemplateCheck &t : templates) {
            if (t.state == TemplateCheck::State::NotApproved
                || t.state == TemplateCheck::State::Missing)
                return false;
        }
        return true;
    }
};
