#include "keychain/KeychainSnapshot.h"

#include "common/Logging.h"
#include "keychain/KeychainJob.h"
#include "keychain/SecretService.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <cstring>
#include <memory>

// GLib's headers name struct members "signals"; the project builds with QT_NO_KEYWORDS.
#include <libsecret/secret.h>

namespace onboard {

namespace {
const char *const QtKeychainSchemaName = "org.qt.keychain";

// The schema QtKeychain's libsecret backend stores and looks up with: "server" is the service,
// "user" the key, "type" "plaintext" for text (what KeychainJob writes) or "base64". Like
// QtKeychain's lookup, the search does not match the schema's name, so it sees every item that
// lookup could return, whoever stored it.
const SecretSchema *qtKeychainSchema()
{
    static const SecretSchema schema = [] {
        SecretSchema s{};
        s.name = QtKeychainSchemaName;
        s.flags = SECRET_SCHEMA_DONT_MATCH_NAME;
        s.attributes[0] = {"user", SECRET_SCHEMA_ATTRIBUTE_STRING};
        s.attributes[1] = {"server", SECRET_SCHEMA_ATTRIBUTE_STRING};
        s.attributes[2] = {"type", SECRET_SCHEMA_ATTRIBUTE_STRING};
        return s;
    }();
    return &schema;
}
} // namespace

struct KeychainSnapshotCallbacks
{
    static void onSearched(GObject *, GAsyncResult *result, gpointer data)
    {
        std::unique_ptr<QPointer<KeychainSnapshot>> snapshot(static_cast<QPointer<KeychainSnapshot> *>(data));
        GError *error = nullptr;
        GList *items = secret_password_search_finish(result, &error);
        if (*snapshot)
            (*snapshot)->take(items, error);
        g_list_free_full(items, g_object_unref);
        if (error)
            g_error_free(error);
    }
};

KeychainSnapshot::KeychainSnapshot(QString service, QObject *parent)
    : Job(parent)
    , m_service(std::move(service))
    , m_timeoutMs(KeychainJob::defaultTimeoutMs())
{
}

KeychainSnapshot::~KeychainSnapshot()
{
    if (m_cancellable) {
        g_cancellable_cancel(G_CANCELLABLE(m_cancellable));
        g_object_unref(m_cancellable);
    }
}

std::optional<QString> KeychainSnapshot::entry(const QString &key) const
{
    const auto found = m_entries.constFind(key);
    if (found == m_entries.cend())
        return std::nullopt;
    return *found;
}

void KeychainSnapshot::run()
{
    if (SecretService::isKdeSession()) {
        finish(); // QtKeychain may keep the tokens in KWallet here: each is read on its own
        return;
    }
    m_cancellable = g_cancellable_new();
    QTimer::singleShot(m_timeoutMs, Qt::PreciseTimer, this, [this] {
        if (isFinished())
            return;
        g_cancellable_cancel(G_CANCELLABLE(m_cancellable));
        finish(SecretService::instance()->noAnswer(m_timeoutMs));
    });
    // The table is the search's own (libsecret keeps a reference until it has asked).
    GHashTable *attributes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    g_hash_table_insert(attributes, g_strdup("server"), g_strdup(m_service.toUtf8().constData()));
    // All items, unlocked ones with their secrets; locked ones come without.
    secret_password_searchv(qtKeychainSchema(), attributes,
                            SecretSearchFlags(SECRET_SEARCH_ALL | SECRET_SEARCH_LOAD_SECRETS),
                            G_CANCELLABLE(m_cancellable), KeychainSnapshotCallbacks::onSearched,
                            new QPointer<KeychainSnapshot>(this));
    g_hash_table_unref(attributes);
}

void KeychainSnapshot::take(void *items, const void *searchError)
{
    if (isFinished())
        return;
    if (const auto *error = static_cast<const GError *>(searchError)) {
        // No Secret Service, or it refused: the reads on their own say what is wrong.
        qCInfo(lcKeychain) << "reading all entries at once did not work; each is read on its own:" << error->message;
        finish();
        return;
    }
    // A key is taken only when exactly one item holds it, unlocked, stored by QtKeychain as text.
    // Anything else (a copy in another collection, a locked copy, another program's item, another
    // type) leaves the choice to QtKeychain itself, through KeychainJob.
    QSet<QString> refused;
    for (GList *item = static_cast<GList *>(items); item; item = item->next) {
        if (!SECRET_IS_ITEM(item->data))
            continue;
        SecretItem *secretItem = SECRET_ITEM(item->data);
        GHashTable *attributes = secret_item_get_attributes(secretItem);
        const char *user = static_cast<const char *>(g_hash_table_lookup(attributes, "user"));
        const char *type = static_cast<const char *>(g_hash_table_lookup(attributes, "type"));
        const QString key = QString::fromUtf8(user ? user : "");
        const bool plaintext = type && qstrcmp(type, "plaintext") == 0;
        g_hash_table_unref(attributes);
        if (key.isEmpty())
            continue;
        gchar *schema = secret_item_get_schema_name(secretItem);
        const bool ours = schema && qstrcmp(schema, QtKeychainSchemaName) == 0;
        g_free(schema);
        SecretValue *value = secret_item_get_secret(secretItem); // null when locked
        gsize length = 0;
        const gchar *bytes = value ? secret_value_get(value, &length) : nullptr;
        const bool text = value && qstrcmp(secret_value_get_content_type(value), "text/plain") == 0
                          && !memchr(bytes, 0, length);
        if (!ours || !plaintext || !text || m_entries.contains(key) || refused.contains(key)) {
            refused.insert(key);
            m_entries.remove(key);
        } else {
            m_entries.insert(key, QString::fromUtf8(bytes, qsizetype(length)));
        }
        if (value)
            secret_value_unref(value);
    }
    qCDebug(lcKeychain) << "read" << m_entries.size() << "entries of service" << m_service << "at once";
    finish();
}

} // namespace onboard
