#include "welcomepanel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePanel::WelcomePanel(QWidget *parent) : QWidget(parent)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("welcomeCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setFixedWidth(640);

    auto *title = new QLabel(tr("Welcome to Cartera"), card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(
        tr("Cartera keeps your clients, what they owe and what they pay, shows what is overdue "
           "(cartera vencida) by mora level, and reminds each client on WhatsApp.\n\n"
           "This database is empty. Start by adding your first client, or load example data "
           "— a few dozen Colombian clients with debts in every mora level — to try the "
           "program first."),
        card);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    m_addClient = new QPushButton(tr("&Add the first client"), card);
    m_addClient->setObjectName(QStringLiteral("addFirstClientButton"));
    m_addClient->setDefault(true);
    m_addClient->setMinimumHeight(m_addClient->sizeHint().height() * 3 / 2);
    m_example = new QPushButton(tr("&Load example data"), card);
    m_example->setObjectName(QStringLiteral("loadExampleButton"));
    m_example->setMinimumHeight(m_example->sizeHint().height() * 3 / 2);
    auto *hint = new QLabel(tr("Example data is for trying Cartera: use a separate database "
                               "file (--database) for it, not your real one."),
                            card);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(title);
    cardLayout->addWidget(text);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_addClient);
    cardLayout->addWidget(m_example);
    cardLayout->addWidget(hint);

    // Wrapped labels in a fixed-width card: give them the height their text needs, which an
    // aligned layout item would not ask for.
    const int textWidth = card->width() - 64;
    for (QLabel *label : {text, hint}) {
        label->setFixedWidth(textWidth);
        label->setMinimumHeight(label->heightForWidth(textWidth));
    }

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_addClient, &QPushButton::clicked, this, &WelcomePanel::addClientRequested);
    connect(m_example, &QPushButton::clicked, this, &WelcomePanel::loadExampleRequested);
}
