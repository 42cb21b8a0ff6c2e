#include "privacynoticedialog.h"

#include "privacynotices.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

PrivacyNoticeDialog::PrivacyNoticeDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("Privacy notice"));
    auto *intro = new QLabel(tr("The text clients read and sign before you send them WhatsApp "
                                "messages (Ley 1581 de 2012). Each saved version is kept: a "
                                "consent records the text in force when it was given."),
                             this);
    intro->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *defaults = buttons->addButton(tr("&Default text"), QDialogButtonBox::ResetRole);
    auto *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrivacyNoticeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(defaults, &QPushButton::clicked, this, &PrivacyNoticeDialog::restoreDefault);
    connect(print, &QPushButton::clicked, this, &PrivacyNoticeDialog::printPreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(700, 600);

    const auto current = PrivacyNotices(m_db, m_clock).current();
    if (current) {
        m_edit->setPlainText(current.value());
    } else {
        m_edit->setPlainText(PrivacyNotices::defaultText());
        m_error->setText(current.error());
        m_error->show();
    }
}

QString PrivacyNoticeDialog::text() const
{
    return m_edit->toPlainText();
}

void PrivacyNoticeDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

QString PrivacyNoticeDialog::save()
{
    const auto current = PrivacyNotices(m_db, m_clock).current();
    if (current && current.value() == text())
        return QString(); // unchanged: no new version
    const auto saved = PrivacyNotices(m_db, m_clock).save(text());
    return saved ? QString() : saved.error();
}

void PrivacyNoticeDialog::accept()
{
    const QString error = save();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return; // the typed text stays
    }
    QDialog::accept();
}

void PrivacyNoticeDialog::restoreDefault()
{
    if (QMessageBox::question(this, windowTitle(),
                              tr("Replace the text with the default notice? Your changes that "
                                 "were not saved are lost."))
        == QMessageBox::Yes)
        m_edit->setPlainText(PrivacyNotices::defaultText());
}

void PrivacyNoticeDialog::print(QPrinter *printer) const
{
    QTextDocument document;
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSize(11);
    document.setDefaultFont(font);
    document.setPlainText(text());
    document.print(printer);
}

void PrivacyNoticeDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { print(p); });
    preview.exec();
}
