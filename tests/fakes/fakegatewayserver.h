#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QQueue>
#include <QString>
#include <QUrl>

class QTcpSocket;

// A loopback Wompi: checks the private key and every link body the way Wompi would, issues
// link ids, serves a checkout page per link, and reports the transactions a test scripts for
// each link (approved, declined, pending, duplicated, mismatched), plus 401 and 5xx faults.
class FakeGatewayServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    enum class Fault { None, Unauthorized, ServerError };

    struct Link
    {
        QString id;
        QJsonObject body; // as received
        qint64 amountInCents = 0;
    };
    struct LoggedRequest
    {
        QByteArray method;
        QString path;
        QString query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QString problem; // why Wompi would refuse it; empty when valid
        int status = 0;
    };

    explicit FakeGatewayServer(QObject *parent = nullptr);

    bool start();             // 127.0.0.1, ephemeral port
    QUrl apiUrl() const;      // http://127.0.0.1:<port>/v1
    QUrl checkoutUrl() const; // http://127.0.0.1:<port>/l/

    QString privateKey = QStringLiteral("prv_test_fAk3Gw9Lq2Zx7Mn4");

    // Faults for the next requests, in order; then the default.
    void enqueueFault(Fault fault) { m_faults.enqueue(fault); }
    void setDefaultFault(Fault fault) { m_defaultFault = fault; }

    // Transactions reported for a link. Returns the transaction id.
    QString addTransaction(const QString &linkId, const QString &status, qint64 amountInCents,
                           const QString &method = QStringLiteral("PSE"));
    // An approved payment of the link's exact amount.
    QString approve(const QString &linkId, const QString &method = QStringLiteral("PSE"));
    void setStatus(const QString &transactionId, const QString &status);
    // Reports an already listed transaction a second time in the same answer.
    void duplicate(const QString &transactionId);
    // Reports a transaction under another link's list, with its own payment_link_id.
    QString addForeign(const QString &listedUnder, const QString &claimedLinkId,
                       qint64 amountInCents);

    const QList<Link> &links() const { return m_links; }
    const Link *link(const QString &id) const;
    const QList<LoggedRequest> &log() const { return m_log; }
    QStringList problems() const;
    int requests(const QByteArray &method, const QString &pathStart) const;

signals:
    void requestLogged(int index);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Transaction
    {
        QString listedUnder;
        QJsonObject json;
        int copies = 1;
    };
    void createLink(LoggedRequest &entry, QTcpSocket *socket);
    static void write(QTcpSocket *socket, int status, const QByteArray &body,
                      const QByteArray &type = QByteArrayLiteral("application/json"));

    quint16 m_port = 0;
    QQueue<Fault> m_faults;
    Fault m_defaultFault = Fault::None;
    QList<Link> m_links;
    QList<Transaction> m_transactions;
    QList<LoggedRequest> m_log;
    int m_nextLink = 1;
    int m_nextTransaction = 1;
};
