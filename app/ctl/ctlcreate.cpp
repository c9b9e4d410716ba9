#include "app/ctl/ctlcreate.h"

#include "cloud/cloudlookup.h"
#include "cloud/computeapi.h"
#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctloutput.h"
#include "app/ctl/ctlrunner.h"
#include "app/ctl/ctltaskwatch.h"
#include "models/domain/desktopnaming.h"
#include "cloud/imageapi.h"
#include "cloud/networkapi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace
{
// What the cloud tells us before planning.
struct Inputs
{
    QList<Image> images;
    QList<Flavor> flavors;
    QList<Network> networks;
    QList<Server> servers;
};

QString outcomeKey(PlannedDesktop::Outcome outcome)
{
    switch (outcome) {
    case PlannedDesktop::Outcome::Create:
        return QStringLiteral("create");
    case PlannedDesktop::Outcome::SkipExists:
        return QStringLiteral("exists");
    case PlannedDesktop::Outcome::SkipOwnerHasOne:
        return QStringLiteral("owner-has-one");
    case PlannedDesktop::Outcome::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString skipText(const PlannedDesktop &d)
{
    return d.outcome == PlannedDesktop::Outcome::SkipExists ? CtlCreate::tr("skipped: exists")
                                                            : CtlCreate::tr("skipped: %1").arg(d.note);
}

void printPlan(CtlRunner *runner, const DesktopBatchPlan &plan)
{
    if (runner->command().json) {
        QJsonArray out;
        for (const PlannedDesktop &d : plan.items) {
            QJsonObject meta;
            for (auto it = d.spec.metadata.cbegin(); it != d.spec.metadata.cend(); ++it)
                meta.insert(it.key(), it.value());
            out << QJsonObject{{QStringLiteral("name"), d.name},
                               {QStringLiteral("seat"), d.seat},
                               {QStringLiteral("owner"), d.owner},
                               {QStringLiteral("result"), outcomeKey(d.outcome)},
                               {QStringLiteral("note"), d.note},
                               {QStringLiteral("metadata"), meta}};
        }
        runner->printJson(out);
        return;
    }
    TextTable t({CtlCreate::tr("NAME"), CtlCreate::tr("SEAT"), CtlCreate::tr("OWNER"), CtlCreate::tr("PLAN")});
    for (const PlannedDesktop &d : plan.items) {
        const QString what = d.outcome == PlannedDesktop::Outcome::Create ? CtlCreate::tr("create")
                           : d.outcome == PlannedDesktop::Outcome::Invalid ? CtlCreate::tr("invalid: %1").arg(d.note)
                                                                           : skipText(d);
        t.addRow({d.name, QString::number(d.seat), CtlOutput::orDash(d.owner), what});
    }
    runner->print(t.render()
                  + CtlCreate::tr("%1 to create, %2 skipped (dry run: nothing was created)\n")
                        .arg(plan.count(PlannedDesktop::Outcome::Create))
                        .arg(plan.count(PlannedDesktop::Outcome::SkipExists) + plan.count(PlannedDesktop::Outcome::SkipOwnerHasOne)));
}

void planAndSubmit(CtlRunner *runner, const Inputs &in, const QList<RosterEntry> &roster)
{
    const auto &c = runner->command().get<CtlCreateOptions>();
    const Result<Image> image = ImageApi::findImage(in.images, c.image);
    const Result<Flavor> flavor = CloudLookup::byNameOrId(in.flavors, c.flavor, CtlCreate::tr("flavor"));
    const Result<Network> network = CloudLookup::byNameOrId(in.networks, c.network, CtlCreate::tr("network"));
    for (const CloudError &e : {image.ok() ? CloudError() : image.error(), flavor.ok() ? CloudError() : flavor.error(),
                                network.ok() ? CloudError() : network.error()}) {
        if (e) {
            runner->fail(e);
            return;
        }
    }

    DesktopBatchRequest request;
    request.role = c.role;
    request.course = c.course;
    request.type = c.type;
    request.nameTemplate = c.nameTemplate;
    request.imageId = image.value().id;
    request.imageName = image.value().name;
    request.flavorId = flavor.value().id;
    request.networkId = network.value().id;
    request.owners = roster;
    if (roster.isEmpty() && !c.owner.isEmpty()) {
        for (int i = 0; i < c.count; ++i)
            request.owners << RosterEntry{0, c.owner, 0};
    }
    request.count = c.count;
    const DesktopBatchPlan plan = DesktopNaming::plan(request, in.servers);
    if (!plan.templateError.isEmpty()) {
        runner->report(plan.templateError);
        runner->finish(2);
        return;
    }
    if (c.dryRun) {
        printPlan(runner, plan);
        runner->finish(plan.count(PlannedDesktop::Outcome::Invalid) > 0 ? 2 : 0);
        return;
    }
    if (plan.count(PlannedDesktop::Outcome::Invalid) > 0) {
        for (const PlannedDesktop &d : plan.items) {
            if (d.outcome == PlannedDesktop::Outcome::Invalid)
                runner->report(CtlCreate::tr("%1: %2").arg(d.name.isEmpty() ? CtlCreate::tr("(no name)") : d.name, d.note));
        }
        runner->report(CtlCreate::tr("Nothing was created."));
        runner->finish(2);
        return;
    }

    QList<TaskSpec> specs;
    QJsonArray skipped;
    for (const PlannedDesktop &d : plan.items) {
        if (d.outcome != PlannedDesktop::Outcome::Create) {
            skipped << QJsonObject{{QStringLiteral("name"), d.name}, {QStringLiteral("reason"), outcomeKey(d.outcome)},
                                   {QStringLiteral("note"), d.note}};
            runner->progress(QStringLiteral("%1: %2").arg(d.name, skipText(d)));
            continue;
        }
        TaskSpec spec;
        spec.kind = TaskKind::Create;
        spec.serverName = d.name;
        spec.create = d.spec;
        specs << spec;
    }
    if (specs.isEmpty()) {
        if (runner->command().json) {
            runner->printJson(QJsonObject{{QStringLiteral("batch"), QJsonValue(QJsonValue::Null)},
                                          {QStringLiteral("done"), 0},
                                          {QStringLiteral("failed"), 0},
                                          {QStringLiteral("cancelled"), 0},
                                          {QStringLiteral("skipped"), skipped},
                                          {QStringLiteral("tasks"), QJsonArray()}});
        } else {
            runner->print(CtlCreate::tr("Nothing to create: every desktop exists already.\n"));
        }
        runner->finish(0);
        return;
    }
    CtlTaskWatch::runBatch(runner, CtlCreate::tr("phoenixctl: create %n desktop(s)", nullptr, int(specs.size())),
                           TaskKind::Create, specs, 0, skipped);
}

// images → flavors → networks → servers, then plan.
void fetchInputs(CtlRunner *runner, const QList<RosterEntry> &roster)
{
    auto in = std::make_shared<Inputs>();
    ImageApi(runner->client()).listImages(runner, [runner, in, roster](Result<QList<Image>> images) {
        if (!images) {
            runner->fail(images.error());
            return;
        }
        in->images = images.take();
        ComputeApi(runner->client()).listFlavors(runner, [runner, in, roster](Result<QList<Flavor>> flavors) {
            if (!flavors) {
                runner->fail(flavors.error());
                return;
            }
            in->flavors = flavors.take();
            NetworkApi(runner->client()).listNetworks(runner, [runner, in, roster](Result<QList<Network>> networks) {
                if (!networks) {
                    runner->fail(networks.error());
                    return;
                }
                in->networks = networks.take();
                ComputeApi(runner->client()).listAllServers({}, runner, [runner, in, roster](Result<QList<Server>> servers) {
                    if (!servers) {
                        runner->fail(servers.error());
                        return;
                    }
                    in->servers = servers.take();
                    planAndSubmit(runner, *in, roster);
                });
            });
        });
    });
}
} // namespace

QString CtlCreate::read(const CtlArgs &args, CtlCommand &command)
{
    CtlCreateOptions c;
    std::optional<DesktopRole> role;
    if (QString error = args.role(&role); !error.isEmpty())
        return error;
    c.role = role.value_or(DesktopRole::Student);
    if (QString error = args.taskOptions(&command.tasks); !error.isEmpty())
        return error;
    c.course = args.value("course");
    c.image = args.value("image");
    c.nameTemplate = args.value("name-template");
    c.flavor = args.value("flavor");
    c.network = args.value("network");
    c.owner = args.value("owner");
    c.ownersCsv = args.value("owners-csv");
    c.type = args.value("type");
    c.dryRun = args.isSet("dry-run");
    if (c.nameTemplate.isEmpty())
        return tr("\"desktops create\" needs --name-template, e.g. \"lab-{n:02}\".");
    if (c.image.isEmpty() || c.flavor.isEmpty() || c.network.isEmpty())
        return tr("\"desktops create\" needs --image, --flavor and --network.");
    const bool hasCount = args.isSet("count");
    if (hasCount == !c.ownersCsv.isEmpty())
        return tr("\"desktops create\" needs either --count N or --owners-csv FILE.");
    if (!args.number("count", &c.count, 1) || c.count > 1000)
        return tr("--count needs a number from 1 to 1000.");
    if (!c.owner.isEmpty() && !c.ownersCsv.isEmpty())
        return tr("--owner and --owners-csv exclude each other.");
    if (!c.type.isEmpty() && c.type != QLatin1String("course") && c.type != QLatin1String("static"))
        return tr("--type must be course or static.");
    if (c.type == QLatin1String("course") && c.course.isEmpty())
        return tr("--type course needs --course.");
    command.options = c;
    return {};
}

void CtlCreate::run(CtlRunner *runner)
{
    const auto &c = runner->command().get<CtlCreateOptions>();
    QList<RosterEntry> roster;
    if (!c.ownersCsv.isEmpty()) {
        QFile file(c.ownersCsv);
        if (!file.open(QIODevice::ReadOnly)) {
            runner->report(tr("Cannot read the roster %1: %2").arg(c.ownersCsv, file.errorString()));
            runner->finish(2);
            return;
        }
        const Roster parsed = DesktopNaming::parseRoster(QString::fromUtf8(file.readAll()));
        for (const RosterProblem &p : parsed.problems)
            runner->report(QStringLiteral("%1: %2").arg(c.ownersCsv, p.message));
        if (!parsed.problems.isEmpty() || parsed.entries.isEmpty()) {
            runner->report(parsed.entries.isEmpty() ? tr("The roster names nobody.") : tr("Fix the roster; nothing was created."));
            runner->finish(2);
            return;
        }
        roster = parsed.entries;
    }
    fetchInputs(runner, roster);
}
