#pragma once

#include "database.h"

#include <QWidget>

class ClerkActions;
class ClientDetailPanel;
class ClientTableModel;
class QPushButton;
class QSplitter;
class QTableView;
class SearchBox;
class Clock;

// Clientes: the searchable list of clients beside the chosen client's details.
class ClientsPage : public QWidget
{
    Q_OBJECT
public:
    ClientsPage(const Database &db, const Clock &clock, ClerkActions *actions,
                QWidget *parent = nullptr);

    ClientTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SearchBox *searchBox() const { return m_search; }
    ClientDetailPanel *detail() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }
    qint64 currentClientId() const;
    // Selects a client in the list when it is loaded, and shows it in the panel.
    void selectClient(qint64 clientId);

public slots:
    void reload();

private:
    void updateButtons();

    ClerkActions *m_actions;
    ClientTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    SearchBox *m_search = nullptr;
    ClientDetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_newDebt = nullptr;
    QPushButton *m_payment = nullptr;
};
