#pragma once

#include "database.h"

#include <QMainWindow>

class Clock;

// The clerk's main window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Database &db, const Clock &clock, QWidget *parent = nullptr);

private:
    Database m_db;
    const Clock &m_clock;
};
