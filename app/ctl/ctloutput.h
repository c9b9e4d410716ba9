#pragma once

#include "cloud/cloudtypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

/** A plain-text table with left-aligned, space-padded columns (width by characters). */
class TextTable
{
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    [[nodiscard]] QString render() const; // header, a rule, the rows; each line ends with '\n'
    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

/** phoenixctl's JSON and table shapes of the cloud's value types. Formatting only. */
class CtlOutput
{
    Q_DECLARE_TR_FUNCTIONS(phoenixctl)

public:
    static QJsonObject serverJson(const Server &server);
    static QJsonObject imageJson(const Image &image);
    static QJsonObject flavorJson(const Flavor &flavor);
    static QJsonObject networkJson(const Network &network, const QList<Subnet> &subnets);
    static QJsonObject floatingIpJson(const FloatingIp &ip, const QString &desktop);
    static QJsonObject actionJson(const InstanceAction &action);

    static TextTable desktopTable(const QList<Server> &servers);
    static QString desktopDetails(const Server &server, const QList<InstanceAction> &actions);
    static TextTable imageTable(const QList<Image> &images);
    static TextTable flavorTable(const QList<Flavor> &flavors);
    static TextTable networkTable(const QList<Network> &networks, const QList<Subnet> &subnets);

    static QString time(const QDateTime &t);     // "2026-11-26 02:43:40Z", or "" when unknown
    static QString stateText(const Server &server); // "ACTIVE", "ACTIVE (powering-off)"
    static QString orDash(const QString &text);
    static QString sizeText(qint64 bytes);
};
