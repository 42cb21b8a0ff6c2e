#include "clientpicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSuggestionLimit = 15;
} // namespace

ClientPicker::ClientPicker(const Database &db, const Clock &clock, QWidget *parent)
    : QLineEdit(parent), m_repository(db, clock)
{
    setPlaceholderText(tr("Type a name, document or phone"));
    setClearButtonEnabled(true);
    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    // The database already matched accent- and case-insensitively: show what it found as is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(this);

    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(200);
    connect(m_typingPause, &QTimer::timeout, this, &ClientPicker::refreshSuggestions);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (m_clientId != 0) {
            m_clientId = 0;
            emit clientChanged(0);
        }
        m_typingPause->start();
    });
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                setChosen(index.data(kIdRole).toLongLong(), index.data().toString());
            });
}

QString ClientPicker::label(const Client &client)
{
    return tr("%1 · %2").arg(client.name, client.document.display());
}

void ClientPicker::setClient(const Client &client)
{
    setChosen(client.id, label(client));
}

void ClientPicker::setChosen(qint64 id, const QString &text)
{
    m_typingPause->stop();
    // Setting the text from code does not emit textEdited, so the choice survives.
    setText(text);
    if (m_clientId != id) {
        m_clientId = id;
        emit clientChanged(id);
    }
}

void ClientPicker::refreshSuggestions()
{
    m_typingPause->stop();
    m_suggestions->clear();
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return;
    ClientQuery query;
    query.search = typed;
    query.activeOnly = true;
    query.limit = kSuggestionLimit;
    const auto clients = m_repository.list(query);
    if (!clients)
        return;
    for (const Client &c : clients.value()) {
        auto *item = new QStandardItem(label(c));
        item->setData(c.id, kIdRole);
        m_suggestions->appendRow(item);
    }
    if (hasFocus() && m_suggestions->rowCount() > 0)
        m_completer->complete();
}

int ClientPicker::suggestionCount() const
{
    return m_suggestions->rowCount();
}

bool ClientPicker::chooseSuggestion(int row)
{
    if (row < 0 || row >= m_suggestions->rowCount())
        return false;
    const QStandardItem *item = m_suggestions->item(row);
    setChosen(item->data(kIdRole).toLongLong(), item->text());
    if (m_completer->popup())
        m_completer->popup()->hide();
    return true;
}

Result<qint64> ClientPicker::resolve()
{
    if (m_clientId != 0)
        return m_clientId;
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return Failure{tr("Choose the client: type part of the name, document or phone and pick "
                          "one from the list."),
                       ErrorCode::Invalid};
    ClientQuery query;
    query.search = typed;
    query.limit = 2;
    const auto clients = m_repository.list(query);
    if (!clients)
        return clients.failure();
    if (clients->size() == 1) {
        setClient(clients->first());
        return m_clientId;
    }
    if (clients->isEmpty())
        return Failure{tr("No client matches \"%1\". Check the spelling or add the client first.")
                           .arg(typed),
                       ErrorCode::NotFound};
    return Failure{tr("Several clients match \"%1\": pick one from the list.").arg(typed),
                   ErrorCode::Invalid};
}
