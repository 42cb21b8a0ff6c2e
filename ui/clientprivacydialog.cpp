#include "clientprivacydialog.h"

#include "auditlogview.h"
#include "clientdataexport.h"
#include "clientprivacy.h"
#include "clientrepository.h"
#include "clock.h"
#include "consenthistory.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

ClientPrivacyDialog::ClientPrivacyDialog(const Database &db, const Clock &clock, qint64 clientId,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_clientId(clientId)
{
    setWindowTitle(tr("Personal data (Habeas Data)"));
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    m_consent = new QTableWidget(0, 5, this);
    m_consent->setHorizontalHeaderLabels(
        {tr("Effective"), tr("Consent"), tr("How"), tr("Evidence"), tr("Recorded by")});
    m_consent->horizontalHeader()->setStretchLastSection(true);
    m_consent->verticalHeader()->hide();
    m_consent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_audit = new AuditLogView(db, clock, this);
    m_audit->setClientFilter(clientId);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_consent, tr("&Consent history"));
    tabs->addTab(m_audit, tr("&Record of changes"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *json = buttons->addButton(tr("Export &JSON…"), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    m_anonymise = buttons->addButton(tr("&Anonymise…"), QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(json, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_anonymise, &QPushButton::clicked, this, &ClientPrivacyDialog::askAnonymise);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 560);
    refresh();
}

void ClientPrivacyDialog::refresh()
{
    const auto client = ClientRepository(m_db, m_clock).get(m_clientId);
    if (!client) {
        m_header->setText(client.error());
        return;
    }
    QString consent;
    switch (client->consent.state) {
    case Consent::State::Granted:
        consent = tr("WhatsApp consent granted");
        break;
    case Consent::State::Revoked:
        consent = tr("WhatsApp consent revoked");
        break;
    case Consent::State::NeverAsked:
        consent = tr("WhatsApp consent never asked");
        break;
    }
    m_header->setText(QStringLiteral("<b>%1</b> — %2<br>%3")
                          .arg(client->name.toHtmlEscaped(),
                               client->document.display().toHtmlEscaped(), consent));
    m_anonymise->setEnabled(!ClientPrivacy::isAnonymised(client.value()));

    const auto events = ConsentHistory(m_db, m_clock).list(m_clientId);
    const QList<ConsentEvent> list = events ? events.value() : QList<ConsentEvent>();
    m_consent->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const ConsentEvent &e = list.at(i);
        const QString state = e.state == Consent::State::Granted   ? tr("Granted")
                              : e.state == Consent::State::Revoked ? tr("Revoked")
                                                                   : tr("Cleared");
        const QStringList cells{
            e.effectiveAt.toTimeZone(m_clock.timeZone())
                .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
            state, e.channel, e.evidence,
            QStringLiteral("%1, %2").arg(e.recordedBy,
                                         e.recordedAt.toTimeZone(m_clock.timeZone())
                                             .toString(QStringLiteral("dd/MM/yyyy HH:mm")))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 1 && !e.acceptedText.isEmpty())
                item->setToolTip(e.acceptedText);
            m_consent->setItem(i, c, item);
        }
    }
    m_consent->resizeColumnsToContents();
    m_audit->applyFilter();
}

QString ClientPrivacyDialog::exportJson(const QString &path)
{
    const auto data = ClientPrivacy(m_db, m_clock).exportData(m_clientId);
    if (!data)
        return data.error();
    return ClientDataExport::writeJson(data.value(), path);
}

QString ClientPrivacyDialog::exportPdf(const QString &path)
{
    const auto data = ClientPrivacy(m_db, m_clock).exportData(m_clientId);
    if (!data)
        return data.error();
    return ClientDataExport::writePdf(data.value(), path);
}

QString ClientPrivacyDialog::anonymise(const QString &request)
{
    const auto done = ClientPrivacy(m_db, m_clock).anonymise(m_clientId, request);
    if (!done)
        return done.error();
    refresh();
    emit clientChanged(m_clientId);
    return QString();
}

void ClientPrivacyDialog::askExport(bool pdf)
{
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("json");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the client's data"),
        QStringLiteral("datos-cliente-%1.%2").arg(m_clientId).arg(suffix),
        pdf ? tr("PDF files (*.pdf)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = pdf ? exportPdf(path) : exportJson(path);
    m_message->setText(error.isEmpty() ? tr("Saved to %1").arg(QDir::toNativeSeparators(path))
                                       : error);
    m_message->show();
    m_audit->applyFilter();
}

void ClientPrivacyDialog::askAnonymise()
{
    bool ok = false;
    const QString request = QInputDialog::getText(
        this, tr("Anonymise the client"),
        tr("Who asked for the deletion, how and when (for example \"el titular, por escrito "
           "del 12/01/2026\"):"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (QMessageBox::warning(this, tr("Anonymise the client"),
                             tr("The name, document, phone, email, address, notes and message "
                                "texts will be removed for good. Debts and payments stay as "
                                "anonymous figures. Continue?"),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const QString error = anonymise(request);
    m_message->setText(error.isEmpty() ? tr("The client was anonymised.") : error);
    m_message->show();
}
