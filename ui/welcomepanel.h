#pragma once

#include <QWidget>

class QPushButton;

// What a new user sees on an empty database: add the first client, or try the program with
// example data.
class WelcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    QPushButton *addClientButton() const { return m_addClient; }
    QPushButton *exampleButton() const { return m_example; }

signals:
    void addClientRequested();
    void loadExampleRequested();

private:
    QPushButton *m_addClient = nullptr;
    QPushButton *m_example = nullptr;
};
