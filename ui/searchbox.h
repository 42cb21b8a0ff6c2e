#pragma once

#include <QLineEdit>

class QTimer;

// A search field that reports what to look for once the clerk pauses typing, so that a list
// whose query may take a while is queried once per pause instead of once per keystroke. With a
// pause of 0 it reports at the next pass of the event loop: keystrokes already waiting then
// are taken together.
class SearchBox : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int defaultPauseMs = 250;

    explicit SearchBox(QWidget *parent = nullptr, int pauseMs = defaultPauseMs);

    QTimer *typingPause() const { return m_pause; }
    // Reports the current text now, as if the pause had passed.
    void flush();

signals:
    void searchChanged(const QString &text);

private:
    QTimer *m_pause = nullptr;
    QString m_reported;
};
