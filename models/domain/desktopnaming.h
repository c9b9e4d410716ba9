#pragma once

#include "models/domain/desktoprole.h"

#include "cloud/cloudtypes.h"
#include "cloud/computeapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/** The values a naming template can use. */
struct NamingFields
{
    QString course;
    int seat = 0;
    QString owner;
    QString role;  // teacher | student
    int index = 0; // 1-based position in the batch
    QString image;
};

/** One line of a roster: who gets a desktop, and optionally which seat. */
struct RosterEntry
{
    int line = 0;  // 1-based line in the text, for messages
    QString owner;
    int seat = 0;  // 0 = not given (the batch numbers seats in order)
};

struct RosterProblem
{
    int line = 0;
    QString message; // translated

    friend bool operator==(const RosterProblem &, const RosterProblem &) = default;
};

struct Roster
{
    QList<RosterEntry> entries;
    QList<RosterProblem> problems;
};

/** What the create dialog asks for: one desktop or a batch, before names are made. */
struct DesktopBatchRequest
{
    DesktopRole role = DesktopRole::Student;
    QString course;                            // empty: a personal (static) desktop
    QString type;                              // phoenix:type; empty: "course" with a course, else "static"
    QString nameTemplate = QStringLiteral("{course}-{seat:02}-{owner}");
    QString imageId;
    QString imageName;
    QString flavorId;
    QString networkId;
    QList<RosterEntry> owners; // a roster, or
    int count = 0;             // this many unowned desktops when owners is empty
    int firstSeat = 1;
    QDateTime expires;         // invalid: never
};

/** One row of the dry run. */
struct PlannedDesktop
{
    enum class Outcome {
        Create,
        SkipExists,      // a server of that name exists already
        SkipOwnerHasOne, // the owner already has a desktop of this course and role
        Invalid          // the name could not be made (template error, duplicate in the batch)
    };

    QString name;
    QString owner;
    int seat = 0;
    Outcome outcome = Outcome::Create;
    QString note;      // translated reason for a skip or an error
    ServerCreateSpec spec;
};

struct DesktopBatchPlan
{
    QList<PlannedDesktop> items;
    QString templateError; // set when the template itself is wrong; then nothing is planned

    [[nodiscard]] int count(PlannedDesktop::Outcome outcome) const;
    [[nodiscard]] QList<ServerCreateSpec> specsToCreate() const;
};

/** The project's compute quota after a batch: used + new against the limit (-1 = unlimited). */
struct QuotaForecast
{
    struct Line
    {
        qint64 used = 0;
        qint64 adding = 0;
        qint64 limit = -1;
        [[nodiscard]] qint64 after() const { return used + adding; }
        [[nodiscard]] bool exceeded() const { return limit >= 0 && after() > limit; }
    };
    Line instances;
    Line cores;
    Line ramMb;

    [[nodiscard]] bool exceeded() const { return instances.exceeded() || cores.exceeded() || ramMb.exceeded(); }
    static QuotaForecast of(const ComputeLimits &limits, const Flavor &flavor, int count);
};

/**
 * Pure functions behind the create-desktops dialog: naming templates such as
 * `{course}-{seat:02}-{owner}`, roster parsing (pasted lines or CSV) with per-line problems, and
 * the dry-run plan that says what will be created and what is skipped.
 */
class DesktopNaming
{
    Q_DECLARE_TR_FUNCTIONS(DesktopNaming)

public:
    static constexpr int MaxNameLength = 64; // as the seed system: longer names are cut

    /** Empty if the template is usable, else a translated reason. */
    static QString validateTemplate(const QString &nameTemplate);
    /**
     * Expands {course} {owner} {role} {image} {seat} {index} and {n} (the same 1-based serial as
     * {index}); {seat:03} pads with zeros to 3 digits; {{ and }} are literal braces. Separators left dangling by empty fields are dropped
     * ("-01-" → "01"); whitespace becomes "-". On error returns "" and sets *error.
     */
    static QString expand(const QString &nameTemplate, const NamingFields &fields, QString *error = nullptr);

    /**
     * Reads a roster: one owner per line, or CSV (comma, semicolon or tab) with an optional header
     * naming the columns owner/user/username (or 用户名/学号) and seat (座位). Blank lines and
     * lines starting with # are ignored. Bad rows are reported with their line number and left out.
     */
    static Roster parseRoster(const QString &text);

    /** Splits one CSV record (RFC 4180 quotes, "" escapes). Sets *ok=false on an open quote. */
    static QStringList splitCsvLine(const QString &line, QChar separator, bool *ok = nullptr);

    /** The dry run: names, metadata and what is skipped because it exists already. */
    static DesktopBatchPlan plan(const DesktopBatchRequest &request, const QList<Server> &existing);
};
