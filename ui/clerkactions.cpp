#include "clerkactions.h"

#include "clientdialog.h"
#include "clientrepository.h"
#include "clock.h"
#include "debtdialog.h"
#include "debtrepository.h"
#include "exampledata.h"
#include "paymentdialog.h"
#include "reversaldialog.h"

#include <QApplication>
#include <QMessageBox>

ClerkActions::ClerkActions(const Database &db, const Clock &clock, QWidget *dialogParent)
    : QObject(dialogParent), m_db(db), m_clock(clock), m_parent(dialogParent)
{
}

void ClerkActions::showError(const QString &message)
{
    QMessageBox::warning(m_parent, tr("Cartera"), message);
}

qint64 ClerkActions::newClient()
{
    ClientDialog dialog(m_db, m_clock, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    emit notice(tr("Client %1 saved.").arg(dialog.client().name));
    emit changed();
    emit clientSaved(dialog.client().id);
    return dialog.client().id;
}

bool ClerkActions::editClient(qint64 clientId)
{
    ClientRepository clients(m_db, m_clock);
    const auto client = clients.get(clientId);
    if (!client) {
        showError(client.error());
        return false;
    }
    ClientDialog dialog(m_db, m_clock, m_parent);
    dialog.setClient(client.value());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit notice(tr("Client %1 saved.").arg(dialog.client().name));
    emit changed();
    emit clientSaved(clientId);
    return true;
}

bool ClerkActions::deleteClient(qint64 clientId)
{
    ClientRepository clients(m_db, m_clock);
    const auto client = clients.get(clientId);
    if (!client) {
        showError(client.error());
        return false;
    }
    const auto answer = QMessageBox::question(
        m_parent, tr("Delete client"),
        tr("Delete %1 (%2)? This cannot be undone.")
            .arg(client->name, client->document.display()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const auto removed = clients.remove(clientId);
    if (!removed) {
        showError(removed.error());
        return false;
    }
    emit notice(tr("Client %1 deleted.").arg(client->name));
    emit changed();
    return true;
}

qint64 ClerkActions::newDebt(qint64 clientId)
{
    DebtDialog dialog(m_db, m_clock, m_parent);
    dialog.setMoraLevels(m_levels);
    if (clientId > 0) {
        const auto client = ClientRepository(m_db, m_clock).get(clientId);
        if (client)
            dialog.setClient(client.value());
    }
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    emit notice(tr("Debt %1 for %2 saved.")
                    .arg(dialog.debt().reference, dialog.debt().amount.toString()));
    emit changed();
    return dialog.debt().id;
}

bool ClerkActions::editDebt(qint64 debtId)
{
    const auto debt = DebtRepository(m_db, m_clock).get(debtId);
    if (!debt) {
        showError(debt.error());
        return false;
    }
    const auto client = ClientRepository(m_db, m_clock).get(debt->clientId);
    if (!client) {
        showError(client.error());
        return false;
    }
    DebtDialog dialog(m_db, m_clock, m_parent);
    dialog.setMoraLevels(m_levels);
    dialog.setDebt(debt.value(), client.value());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit notice(tr("Debt %1 saved.").arg(dialog.debt().reference));
    emit changed();
    return true;
}

bool ClerkActions::recordPayment(qint64 debtId, qint64 clientId)
{
    PaymentDialog dialog(m_db, m_clock, m_parent);
    if (debtId > 0) {
        if (!dialog.setDebt(debtId)) {
            showError(tr("The debt no longer exists."));
            return false;
        }
    } else if (clientId > 0) {
        const auto client = ClientRepository(m_db, m_clock).get(clientId);
        if (client)
            dialog.setClient(client.value());
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit notice(tr("Payment of %1 recorded.").arg(dialog.payment().amount.toString()));
    emit changed();
    return true;
}

bool ClerkActions::reversePayment(qint64 paymentId)
{
    ReversalDialog dialog(m_db, m_clock, m_parent);
    if (!dialog.setPayment(paymentId)) {
        showError(tr("The payment no longer exists."));
        return false;
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit notice(tr("Payment reversed."));
    emit changed();
    return true;
}

bool ClerkActions::loadExampleData()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto loaded = ExampleData::load(m_db, m_clock);
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        showError(loaded.error());
        return false;
    }
    emit notice(tr("Example data loaded: %1 clients, %2 debts, %3 payments.")
                    .arg(loaded->clients)
                    .arg(loaded->debts)
                    .arg(loaded->payments));
    emit changed();
    return true;
}
