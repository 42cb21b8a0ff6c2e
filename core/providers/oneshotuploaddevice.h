#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read exactly once. QNetworkAccessManager silently resends a
// request whose connection closed while it waited for the answer; for a paid message that
// would be a second charge and a second WhatsApp to the client. With a body that cannot be
// rewound the resend fails (ContentReSendError) and the send is reported as uncertain.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUploadDevice(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64) override { return false; }
    bool reset() override { return false; }
    bool atEnd() const override { return m_position >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
