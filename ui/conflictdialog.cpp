#include "conflictdialog.h"

#include "clock.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString yesNo(bool value)
{
    return value ? ConflictDialog::tr("Yes") : ConflictDialog::tr("No");
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString consentState(Consent::State state)
{
    switch (state) {
    case Consent::State::NeverAsked:
        return ConflictDialog::tr("Not asked yet");
    case Consent::State::Granted:
        return ConflictDialog::tr("Granted");
    case Consent::State::Revoked:
        return ConflictDialog::tr("Revoked");
    }
    return {};
}

void compare(QList<ConflictDialog::Field> &out, const QString &label, const QString &mine,
             const QString &theirs)
{
    if (mine != theirs)
        out.append({label, mine, theirs});
}

} // namespace

ConflictDialog::ConflictDialog(const QString &what, const QList<Field> &fields, QWidget *parent)
    : QDialog(parent), m_fields(fields)
{
    setWindowTitle(tr("Someone else saved this meanwhile"));
    auto *intro = new QLabel(
        tr("Another person saved %1 while you were editing it. Nothing of yours has been saved "
           "yet. Compare, then choose which version to keep.")
            .arg(what),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(int(fields.size()), 3, this);
    m_table->setObjectName(QStringLiteral("differencesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("What you typed"), tr("What the other person saved")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    for (int row = 0; row < fields.size(); ++row) {
        const Field &f = fields.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(f.label));
        m_table->setItem(row, 1, new QTableWidgetItem(f.mine));
        m_table->setItem(row, 2, new QTableWidgetItem(f.theirs));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    if (fields.isEmpty()) {
        m_table->hide();
        intro->setText(intro->text() + QLatin1Char(' ')
                       + tr("The fields you can edit here are the same in both versions."));
    }

    auto *buttons = new QDialogButtonBox(this);
    auto *theirs = buttons->addButton(tr("Use the other person's"), QDialogButtonBox::ResetRole);
    theirs->setObjectName(QStringLiteral("useTheirsButton"));
    theirs->setToolTip(tr("Show what the other person saved; what you typed is dropped."));
    auto *mine = buttons->addButton(tr("Save mine on top"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("keepMineButton"));
    mine->setToolTip(tr("Save what you typed over the other person's version."));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setToolTip(tr("Go back to the form with what you typed; nothing is saved."));
    cancel->setDefault(true); // Enter never overwrites by accident
    connect(theirs, &QPushButton::clicked, this, [this] { choose(Choice::UseTheirs); });
    connect(mine, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(cancel, &QPushButton::clicked, this, [this] { choose(Choice::Cancel); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 240 + 28 * int(fields.size()));
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

QList<ConflictDialog::Field> ConflictDialog::differences(const Client &mine, const Client &theirs)
{
    QList<Field> out;
    compare(out, tr("Name"), mine.name, theirs.name);
    compare(out, tr("Document"), mine.document.display(), theirs.document.display());
    compare(out, tr("WhatsApp"), mine.whatsapp.display(), theirs.whatsapp.display());
    compare(out, tr("Email"), mine.email, theirs.email);
    compare(out, tr("Address"), mine.address, theirs.address);
    compare(out, tr("Notes"), mine.notes, theirs.notes);
    compare(out, tr("Active client"), yesNo(mine.active), yesNo(theirs.active));
    compare(out, tr("Consent"), consentState(mine.consent.state),
            consentState(theirs.consent.state));
    if (mine.consent.state != Consent::State::NeverAsked
        || theirs.consent.state != Consent::State::NeverAsked) {
        compare(out, tr("Consent date"), date(mine.consent.at.toTimeZone(Clock::colombia()).date()),
                date(theirs.consent.at.toTimeZone(Clock::colombia()).date()));
        compare(out, tr("Consent: how"), mine.consent.source, theirs.consent.source);
        compare(out, tr("Consent: evidence"), mine.consent.evidence, theirs.consent.evidence);
    }
    return out;
}

QList<ConflictDialog::Field> ConflictDialog::differences(const Debt &mine, const Debt &theirs,
                                                         const QString &mineClientName,
                                                         const QString &theirsClientName)
{
    QList<Field> out;
    compare(out, tr("Client"), mineClientName, theirsClientName);
    compare(out, tr("Invoice number"), mine.reference, theirs.reference);
    compare(out, tr("Description"), mine.description, theirs.description);
    compare(out, tr("Issue date"), date(mine.issueDate), date(theirs.issueDate));
    compare(out, tr("Due date"), date(mine.dueDate), date(theirs.dueDate));
    compare(out, tr("Amount"), mine.amount.toString(), theirs.amount.toString());
    compare(out, tr("Installment"), QString::number(mine.installment),
            QString::number(theirs.installment));
    // Not editable here, but what changed the row when a payment came in meanwhile.
    compare(out, tr("Paid (payments are kept either way)"), mine.paid.toString(),
            theirs.paid.toString());
    return out;
}
