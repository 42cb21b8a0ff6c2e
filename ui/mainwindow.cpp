#include "mainwindow.h"

#include "clock.h"
#include "debtrepository.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>

MainWindow::MainWindow(const Database &db, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("Cartera"));
    auto *label = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(db.location())), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    DebtRepository debts(m_db, m_clock);
    const auto totals = debts.totals(m_clock.today());
    if (totals)
        statusBar()->showMessage(tr("Receivable: %1 · Overdue: %2 (%n debt(s))", nullptr,
                                    totals->overdueDebts)
                                     .arg(totals->receivable.toString(), totals->overdue.toString()));
    resize(1100, 700);
}
