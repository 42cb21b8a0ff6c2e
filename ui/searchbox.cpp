#include "searchbox.h"

#include <QKeyEvent>
#include <QTimer>

SearchBox::SearchBox(QWidget *parent, int pauseMs) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    connect(m_pause, &QTimer::timeout, this, &SearchBox::flush);
    connect(this, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    // Enter searches at once.
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::flush);
}

void SearchBox::flush()
{
    m_pause->stop();
    const QString current = text().trimmed();
    if (current == m_reported)
        return;
    m_reported = current;
    emit searchChanged(current);
}
