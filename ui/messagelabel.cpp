#include "messagelabel.h"

#include <QLayout>

MessageLabel::MessageLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void MessageLabel::showError(const QString &text)
{
    m_error = true;
    setStyleSheet(QStringLiteral("QLabel { color: #7a1212; background: #fdecea; "
                                 "border: 1px solid #e6a9a4; border-radius: 3px; padding: 6px; }"));
    setText(text);
    setVisible(!text.isEmpty());
    growToFit(window());
}

void MessageLabel::showInfo(const QString &text)
{
    m_error = false;
    setStyleSheet(QStringLiteral("QLabel { color: #0b3d5c; background: #e8f2fa; "
                                 "border: 1px solid #a9c9e2; border-radius: 3px; padding: 6px; }"));
    setText(text);
    setVisible(!text.isEmpty());
    growToFit(window());
}

void MessageLabel::clearMessage()
{
    m_error = false;
    clear();
    setVisible(false);
}

void MessageLabel::growToFit(QWidget *window)
{
    if (!window || !window->layout())
        return;
    QLayout *layout = window->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}
