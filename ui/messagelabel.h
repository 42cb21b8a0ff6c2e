#pragma once

#include <QLabel>

// The inline message a dialog shows: what went wrong and what to do, in words, never a code.
// Hidden while there is nothing to say.
class MessageLabel : public QLabel
{
    Q_OBJECT
public:
    explicit MessageLabel(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showInfo(const QString &text);
    void clearMessage();
    bool isError() const { return m_error; }

    // Makes a shown window tall enough for its contents after a message or hint appeared,
    // so that nothing is squeezed or cut; never shrinks it.
    static void growToFit(QWidget *window);

private:
    bool m_error = false;
};
