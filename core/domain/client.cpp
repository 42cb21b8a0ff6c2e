#include "client.h"

#include <QRegularExpression>

QString Consent::stateCode(State s)
{
    switch (s) {
    case State::NeverAsked: return QStringLiteral("never_asked");
    case State::Granted: return QStringLiteral("granted");
    case State::Revoked: return QStringLiteral("revoked");
    }
    return {};
}

Consent::State Consent::stateFromCode(const QString &code)
{
    if (code == QLatin1String("granted"))
        return State::Granted;
    if (code == QLatin1String("revoked"))
        return State::Revoked;
    return State::NeverAsked;
}

Result<void> Client::validate() const
{
    if (name.trimmed().isEmpty())
        return Failure{tr("Enter the client's name."), ErrorCode::Invalid};
    if (name.size() > 200)
        return Failure{tr("The name is too long: use at most 200 characters."), ErrorCode::Invalid};
    if (document.number().isEmpty())
        return Failure{tr("Enter the client's document number."), ErrorCode::Invalid};
    if (whatsapp.isEmpty())
        return Failure{tr("Enter the client's WhatsApp number."), ErrorCode::Invalid};
    if (!email.trimmed().isEmpty()) {
        static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!shape.match(email.trimmed()).hasMatch())
            return Failure{tr("\"%1\" is not an email address. Leave it empty or write it like "
                              "nombre@empresa.com.")
                               .arg(email.trimmed()),
                           ErrorCode::Invalid};
    }
    if (consent.state != Consent::State::NeverAsked) {
        if (!consent.at.isValid())
            return Failure{tr("Enter the date the consent was given or revoked."),
                           ErrorCode::Invalid};
        if (consent.state == Consent::State::Granted && consent.source.trimmed().isEmpty())
            return Failure{tr("Say how the client gave consent, for example \"formulario "
                              "firmado\"."),
                           ErrorCode::Invalid};
    }
    return {};
}
