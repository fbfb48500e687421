// SPDX-License-Identifier: GPL-3.0-or-later
#include "copytemplates.h"

#include "copyingsettingkeys.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

QList<CopyTemplate> CopyTemplates::builtIns()
{
    using L = SnippetLanguage;
    // The curl body's timestamp leaves the single quotes so the example is
    // accepted whenever it is run; the API refuses points far in the past.
    return {
        {u"builtin.raw"_s, tr("Raw value"), L::Plain, u"{token|raw}"_s, true},
        {u"builtin.bearer"_s, tr("Authorization header"), L::Plain,
         u"Authorization: Bearer {token|raw}"_s, true},
        {u"builtin.curl"_s, tr("curl publish command"), L::Shell,
         u"curl -sS -X POST {publish_url|shell} \\\n"
         "  -H {authorization_header|shell} \\\n"
         "  -H 'Content-Type: application/json' \\\n"
         "  --data '{\"metrics\":[{\"metric\":\"example.requests\",\"tags\":{\"host\":\"web-1\"},"
         "\"timestamp\":'\"$(date +%s)\"',\"value\":1}]}'"_s,
         true},
        {u"builtin.dotenv"_s, tr(".env line"), L::Ini, u"KEYWARD_TOKEN={token|dotenv}"_s, true},
        {u"builtin.export"_s, tr("Shell export"), L::Shell, u"export KEYWARD_TOKEN={token|shell}"_s,
         true},
        {u"builtin.systemd"_s, tr("systemd EnvironmentFile line"), L::Ini,
         u"KEYWARD_TOKEN={token|systemd}"_s, true},
        {u"builtin.compose"_s, tr("Docker Compose environment entry"), L::Yaml,
         u"environment:\n  KEYWARD_TOKEN: {token|compose}"_s, true},
        {u"builtin.kubernetes"_s, tr("Kubernetes Secret"), L::Yaml,
         u"apiVersion: v1\n"
         "kind: Secret\n"
         "metadata:\n"
         "  name: {secret_name|raw}\n"
         "type: Opaque\n"
         "stringData:\n"
         "  KEYWARD_PUBLISH_URL: {publish_url|yaml}\n"
         "  KEYWARD_TOKEN: {token|yaml}"_s,
         true},
        {u"builtin.yaml"_s, tr("YAML"), L::Yaml,
         u"keyward:\n"
         "  server: {server|yaml}\n"
         "  organization: {org|yaml}\n"
         "  team: {team|yaml}\n"
         "  publish_url: {publish_url|yaml}\n"
         "  description: {description|yaml}\n"
         "  token: {token|yaml}"_s,
         true},
    };
}

QList<CopyTemplate> CopyTemplates::all() const
{
    return builtIns() + m_user;
}

std::optional<CopyTemplate> CopyTemplates::find(const QString &id) const
{
    for (const CopyTemplate &t : all()) {
        if (t.id() == id) {
            return t;
        }
    }
    return std::nullopt;
}

QStringList CopyTemplates::problems(const CopyTemplate &candidate,
                                    const QList<CopyTemplate> &others)
{
    QStringList problems = candidate.problems();
    const QString name = candidate.name().trimmed();
    if (!name.isEmpty()) {
        const auto sameName = [&](const CopyTemplate &other) {
            return other.id() != candidate.id() &&
                   other.name().trimmed().compare(name, Qt::CaseInsensitive) == 0;
        };
        const QList<CopyTemplate> builtIn = builtIns();
        if (std::any_of(builtIn.cbegin(), builtIn.cend(), sameName) ||
            std::any_of(others.cbegin(), others.cend(), sameName)) {
            problems.prepend(tr("Another template is already called “%1”.").arg(name));
        }
    }
    return problems;
}

void CopyTemplates::load(QSettings &settings)
{
    QList<CopyTemplate> loaded;
    const int count = settings.beginReadArray(settings::copyTemplatesArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString id = settings::copyTemplate::id.read(settings);
        const std::optional<SnippetLanguage> language =
            snippetLanguageFromString(settings::copyTemplate::language.read(settings));
        if (id.isEmpty() || id.startsWith(u"builtin."_s) || !language) {
            continue;
        }
        loaded.append(CopyTemplate(id, settings::copyTemplate::name.read(settings), *language,
                                   settings::copyTemplate::body.read(settings)));
    }
    settings.endArray();
    m_user = std::move(loaded);
}

void CopyTemplates::save(QSettings &settings) const
{
    settings.remove(settings::copyTemplatesArray);
    settings.beginWriteArray(settings::copyTemplatesArray, static_cast<int>(m_user.size()));
    for (int i = 0; i < m_user.size(); ++i) {
        settings.setArrayIndex(i);
        const CopyTemplate &t = m_user.at(i);
        settings::copyTemplate::id.write(settings, t.id());
        settings::copyTemplate::name.write(settings, t.name());
        settings::copyTemplate::language.write(settings, snippetLanguageToString(t.language()));
        settings::copyTemplate::body.write(settings, t.body());
    }
    settings.endArray();
}

} // namespace keyward
