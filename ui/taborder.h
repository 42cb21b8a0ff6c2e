#pragma once

#include <QWidget>

#include <initializer_list>

// Sets the keyboard order of a chain of widgets (Qt 6.4 has no list overload).
inline void setTabChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}
