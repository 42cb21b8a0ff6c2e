#pragma once

#include <QLineEdit>

class QTimer;

// A search field that reports what to look for once the clerk pauses typing (250 ms), so
// that a list is queried once per pause instead of once per keystroke.
class SearchBox : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int pauseMs = 250;

    explicit SearchBox(QWidget *parent = nullptr);

    QTimer *typingPause() const { return m_pause; }
    // Reports the current text now, as if the pause had passed.
    void flush();

signals:
    void searchChanged(const QString &text);

private:
    QTimer *m_pause = nullptr;
    QString m_reported;
};
