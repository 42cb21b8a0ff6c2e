#pragma once

#include "database.h"
#include "moralevel.h"

#include <QWidget>

class ClerkActions;
class Clock;
class DebtTableModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QPushButton;
class QTableView;
class SearchBox;

// Cartera: every debt with its balance, days overdue and mora level, filtered by state,
// level and due dates, searched by invoice or client.
class DebtsPage : public QWidget
{
    Q_OBJECT
public:
    DebtsPage(const Database &db, const Clock &clock, ClerkActions *actions,
              QWidget *parent = nullptr);

    DebtTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SearchBox *searchBox() const { return m_search; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *moraFilter() const { return m_mora; }
    QCheckBox *dueBetweenCheck() const { return m_dueBetween; }
    QDateEdit *dueFromEdit() const { return m_dueFrom; }
    QDateEdit *dueToEdit() const { return m_dueTo; }
    qint64 currentDebtId() const;
    qint64 currentClientId() const;
    void setMoraLevels(const MoraLevels &levels);

public slots:
    void reload();
    void applyFilters();

private:
    void fillMoraFilter();
    void rebuildLegend();
    void updateButtons();

    ClerkActions *m_actions;
    const Clock &m_clock;
    MoraLevels m_levels = MoraLevels::defaults();
    DebtTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    SearchBox *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_mora = nullptr;
    QCheckBox *m_dueBetween = nullptr;
    QDateEdit *m_dueFrom = nullptr;
    QDateEdit *m_dueTo = nullptr;
    QHBoxLayout *m_legend = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_payment = nullptr;
};
