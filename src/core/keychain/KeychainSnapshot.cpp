#include "keychain/KeychainSnapshot.h"

#include "common/Logging.h"
#include "keychain/KeychainJob.h"
#include "keychain/SecretService.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

// GLib's headers name struct members "signals"; the project builds with QT_NO_KEYWORDS.
#include <libsecret/secret.h>

namespace onboard {

namespace {
// The schema QtKeychain's libsecret backend stores with ("org.qt.keychain"): "server" is the
// service, "user" the key, "type" "plaintext" for text (what KeychainJob writes) or "base64".
const SecretSchema *qtKeychainSchema()
{
    static const SecretSchema schema = [] {
        SecretSchema s{};
        s.name = "org.qt.keychain";
        s.flags = SECRET_SCHEMA_NONE;
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
    m_serviceUtf8 = m_service.toUtf8();
    GHashTable *attributes = g_hash_table_new(g_str_hash, g_str_equal);
    g_hash_table_insert(attributes, const_cast<char *>("server"), m_serviceUtf8.data());
    // All items, unlocked ones with their secrets; locked ones come without and are left out.
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
    QSet<QString> twice;
    for (GList *item = static_cast<GList *>(items); item; item = item->next) {
        if (!SECRET_IS_ITEM(item->data))
            continue;
        SecretItem *secretItem = SECRET_ITEM(item->data);
        GHashTable *attributes = secret_item_get_attributes(secretItem);
        const char *user = static_cast<const char *>(g_hash_table_lookup(attributes, "user"));
        const char *type = static_cast<const char *>(g_hash_table_lookup(attributes, "type"));
        const QString key = QString::fromUtf8(user ? user : "");
        const bool text = type && qstrcmp(type, "plaintext") == 0;
        g_hash_table_unref(attributes);
        SecretValue *value = secret_item_get_secret(secretItem); // null when locked
        if (key.isEmpty() || !text || !value) {
            if (value)
                secret_value_unref(value);
            continue;
        }
        gsize length = 0;
        const gchar *bytes = secret_value_get(value, &length);
        if (m_entries.contains(key))
            twice.insert(key); // which one QtKeychain would read is its own business
        m_entries.insert(key, QString::fromUtf8(bytes, qsizetype(length)));
        secret_value_unref(value);
    }
    for (const QString &key : std::as_const(twice))
        m_entries.remove(key);
    qCDebug(lcKeychain) << "read" << m_entries.size() << "entries of service" << m_service << "at once";
    finish();
}

} // namespace onboard
