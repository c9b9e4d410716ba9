#pragma once

// Internal to cloud/: typed, checked reading of OpenStack JSON for the parsers in apiparsers*.cpp.

#include "cloud/clouderror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

/**
 * Reads the fields of one JSON object and remembers the first problem.
 *
 * A missing field or a JSON null gives the default (every OpenStack API leaves optional fields
 * out or sets them to null); a field that is present with the wrong type, or a required field
 * that is missing, makes the reader fail with a message naming the object and the field, e.g.
 * `servers[2]: "status" is a number, expected text`. After the first failure every read returns
 * its default, so a parser can read all fields and check failed() once.
 */
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(ApiParsers)

public:
    enum Presence {
        Optional,
        Required
    };

    JsonReader(const QJsonObject &object, QString where);

    QString string(const char *key, Presence presence = Optional);
    int integer(const char *key, int defaultValue = 0, Presence presence = Optional);
    qint64 int64(const char *key, qint64 defaultValue = 0);
    bool boolean(const char *key, bool defaultValue = false);
    QDateTime time(const char *key);        // ISO 8601; an unreadable text is an error
    QString idOrString(const char *key);    // a string, or a number given as text (legacy integer ids)
    // An IPv4 or IPv6 address as text (no scope suffix); anything else fails the reader, so that no
    // text from the API can reach a command line where an address is expected.
    QString ipAddress(const char *key, Presence presence = Optional);
    QJsonObject object(const char *key, Presence presence = Optional);
    QJsonArray array(const char *key, Presence presence = Optional);
    QStringList stringList(const char *key);
    QMap<QString, QString> stringMap(const char *key); // {"k": "v", ...}; values must be text

    // The object of an array element; a non-object fails the reader.
    QJsonObject element(const QJsonArray &array, int index, const QString &what);

    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] CloudError error() const { return CloudError::malformed(m_error); }
    [[nodiscard]] const QJsonObject &json() const { return m_object; }
    [[nodiscard]] const QString &where() const { return m_where; }
    void fail(const QString &message);

    static QString typeName(const QJsonValue &value);

    // Whole numbers beyond this magnitude are not exact in a JSON double; they are refused.
    static constexpr double MaxExactWhole = 9.0e15;

private:
    // value as a whole number within [min, max]; fails the reader (and returns false) otherwise.
    bool wholeNumber(const char *key, const QJsonValue &value, double min, double max, qint64 *out);
    // The value of key when it is present and not null; nullptr after a failure or if absent.
    const QJsonValue *fetch(const char *key, Presence presence);
    void wrongType(const char *key, const QJsonValue &value, const QString &expected);

    QJsonObject m_object;
    QString m_where;
    QString m_error;
    QJsonValue m_current;
};

namespace JsonDocumentReader
{
// The top-level object of a reply; what names the reply in messages ("server list", ...).
Result<QJsonObject> parseObject(const QByteArray &body, const QString &what);

// {"<key>": [{...}, ...]} in an already parsed reply → list; read(JsonReader &) reads one element.
// For replies that carry more than the list (next links): the body is parsed once.
template<typename T, typename Read>
Result<QList<T>> readList(const QJsonObject &root, const char *key, const QString &what, Read read)
{
    JsonReader top(root, what);
    const QJsonArray items = top.array(key, JsonReader::Required);
    if (top.failed())
        return top.error();
    QList<T> out;
    out.reserve(items.size());
    const QString itemsName = QString::fromLatin1(key);
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = top.element(items, i, itemsName);
        if (top.failed())
            return top.error();
        JsonReader r(o, QStringLiteral("%1[%2]").arg(itemsName).arg(i));
        T item = read(r);
        if (r.failed())
            return r.error();
        out << std::move(item);
    }
    return out;
}

// {"<key>": [{...}, ...]} → list; read(JsonReader &) reads one element.
template<typename T, typename Read>
Result<QList<T>> parseList(const QByteArray &body, const char *key, const QString &what, Read read)
{
    Result<QJsonObject> root = parseObject(body, what);
    if (!root)
        return root.error();
    return readList<T>(root.value(), key, what, read);
}

// {"<key>": {...}} → one value
template<typename T, typename Read>
Result<T> parseOne(const QByteArray &body, const char *key, const QString &what, Read read)
{
    Result<QJsonObject> root = parseObject(body, what);
    if (!root)
        return root.error();
    JsonReader top(root.value(), what);
    const QJsonObject o = top.object(key, JsonReader::Required);
    if (top.failed())
        return top.error();
    JsonReader r(o, QString::fromLatin1(key));
    T value = read(r);
    if (r.failed())
        return r.error();
    return value;
}
} // namespace JsonDocumentReader
