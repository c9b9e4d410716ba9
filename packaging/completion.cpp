// Build tool: prints phoenixctl's bash completion, made from phoenixctl's own command table
// (app/ctl/ctlcommand.h), so that it names exactly the commands and options phoenixctl accepts.
// Usage: phoenix_completion FILE   (installed as share/bash-completion/completions/phoenixctl)
#include "app/ctl/ctlcommand.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace
{
QString shellWords(const QStringList &words)
{
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: phoenix_completion FILE\n";
        return 2;
    }
    QSaveFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "phoenix_completion: " << file.errorString() << '\n';
        return 1;
    }
    QTextStream out(&file);
    QStringList names;
    QStringList valued{QStringLiteral("--os-cloud")};
    QString table;
    for (const CtlSubcommand &row : CtlCommandLine::table()) {
        if (row.group.isEmpty())
            continue; // a note of the help
        QStringList options;
        for (const CtlOption &option : row.options) {
            options << QStringLiteral("--") + option.name;
            if (!option.valueName.isEmpty() && !valued.contains(options.constLast()))
                valued << options.constLast();
        }
        names << row.name();
        table += QStringLiteral("    [%1]=%2\n").arg(shellWords({row.name()}), shellWords(options));
    }
    out << "# bash completion for phoenixctl. Generated at build time from phoenixctl's command table\n"
           "# (packaging/completion.cpp): edit the table, not this file.\n"
           "declare -gA _phoenixctl_options=(\n"
        << table
        << ")\n"
           "_phoenixctl_global=\"--os-cloud --require-tls --json --help --version\"\n"
           "_phoenixctl_valued="
        << shellWords(valued)
        << "\n"
           "\n"
           "# The clouds of the clouds.yaml files phoenixctl reads (the top-level names under clouds:).\n"
           "_phoenixctl_clouds()\n"
           "{\n"
           "    local f\n"
           "    for f in \"${OS_CLIENT_CONFIG_FILE:-}\" ./clouds.yaml ~/.config/openstack/clouds.yaml /etc/openstack/clouds.yaml; do\n"
           "        [ -n \"$f\" ] && [ -r \"$f\" ] || continue\n"
           "        awk '/^clouds:/ { c = 1; next } c && /^[^[:space:]#]/ { c = 0 }\n"
           "             c && /^  [A-Za-z0-9_.-]+:/ { sub(/:.*/, \"\"); gsub(/ /, \"\"); print }' \"$f\"\n"
           "    done\n"
           "}\n"
           "\n"
           "_phoenixctl()\n"
           "{\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=\n"
           "    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
           "    COMPREPLY=()\n"
           "    case \"$prev\" in\n"
           "    --os-cloud) mapfile -t COMPREPLY < <(compgen -W \"$(_phoenixctl_clouds)\" -- \"$cur\"); return ;;\n"
           "    --role) mapfile -t COMPREPLY < <(compgen -W \"teacher student\" -- \"$cur\"); return ;;\n"
           "    --db | --owners-csv | --passwords-csv | --file) mapfile -t COMPREPLY < <(compgen -f -- \"$cur\"); return ;;\n"
           "    esac\n"
           "    [[ \" $_phoenixctl_valued \" == *\" $prev \"* ]] && return # a value of its own kind\n"
           "    # The words of the command so far: what is neither an option nor an option's value.\n"
           "    local words=() i w skip=0\n"
           "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
           "        w=${COMP_WORDS[i]}\n"
           "        if ((skip)); then skip=0; continue; fi\n"
           "        case \"$w\" in\n"
           "        --*=*) ;;\n"
           "        -*) [[ \" $_phoenixctl_valued \" == *\" $w \"* ]] && skip=1 ;;\n"
           "        *) words+=(\"$w\") ;;\n"
           "        esac\n"
           "    done\n"
           "    # The longest command the words start with; its options, or else the next word of a command.\n"
           "    local line=\"${words[*]} \" name command= next=()\n"
           "    local -A seen=()\n"
           "    for name in \"${!_phoenixctl_options[@]}\"; do\n"
           "        if [[ \"$line\" == \"$name \"* ]]; then\n"
           "            ((${#name} > ${#command})) && command=$name\n"
           "        elif [[ \"$name \" == \"$line\"* || ${#words[@]} == 0 ]]; then\n"
           "            w=${name#\"${words[*]}\"}; w=${w# }; w=${w%% *}\n"
           "            [[ -n $w && -z ${seen[$w]:-} ]] && seen[$w]=1 && next+=(\"$w\")\n"
           "        fi\n"
           "    done\n"
           "    if [ -n \"$command\" ]; then\n"
           "        mapfile -t COMPREPLY < <(compgen -W \"${_phoenixctl_options[$command]} $_phoenixctl_global\" -- \"$cur\")\n"
           "    elif [[ $cur == -* ]]; then\n"
           "        mapfile -t COMPREPLY < <(compgen -W \"$_phoenixctl_global\" -- \"$cur\")\n"
           "    else\n"
           "        mapfile -t COMPREPLY < <(compgen -W \"${next[*]}\" -- \"$cur\")\n"
           "    fi\n"
           "}\n"
           "complete -F _phoenixctl phoenixctl\n";
    out.flush();
    return file.commit() ? 0 : 1;
}
