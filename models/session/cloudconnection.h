#pragma once

#include "cloud/cloudconfig.h"
#include "cloud/cloudsession.h"
#include "models/engine/taskengine.h"

#include <QObject>

#include <memory>

class AppSettings;
class CloudCatalog;
class ComputeApi;
class EngineJournal;
class ImageApi;
class Inventory;
class InventoryCacheStore;
class NetworkApi;
class RestClient;

/**
 * One signed-in cloud and everything that hangs off it: the session, the shared Inventory, the
 * TaskEngine, a GUI-thread RestClient with the Nova/Glance/Neutron clients for quick calls, and
 * the catalog of images, flavors and networks. The window holds exactly one; switching clouds
 * means deleting it and making another (the models reset then, and only then).
 *
 * open() shows the cached inventory at once, then verifies the credentials with one Nova call:
 * ready() on success (polling runs, unfinished tasks resume), failed() otherwise.
 */
class CloudConnection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Connecting,
        Ready,
        Failed
    };
    Q_ENUM(State)

    /** cache may be null (no persistence); the connection owns the journal (may be null). */
    CloudConnection(const CloudConfig &config, InventoryCacheStore *cache, std::unique_ptr<EngineJournal> journal,
                    QObject *parent = nullptr);
    ~CloudConnection() override;

    void open();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] CloudError lastError() const { return m_error; }
    [[nodiscard]] CloudConfig config() const { return m_config; }
    [[nodiscard]] QString name() const; // what the status bar shows
    [[nodiscard]] CloudSessionPtr session() const { return m_session; }
    [[nodiscard]] AuthState auth() const;
    [[nodiscard]] bool isAdmin() const;

    /**
     * Non-empty when the cloud is reached over plain http:// (the password and token travel in
     * clear): the window shows it at connect time. transportWarning() is emitted when open()
     * starts with such an auth URL and again when the sign-in reveals http:// endpoints.
     */
    [[nodiscard]] QString transportWarningText() const;

    /** A demo cloud (phoenix --demo): the window says so in a banner. */
    void setDemo(bool demo) { m_demo = demo; }
    [[nodiscard]] bool isDemo() const { return m_demo; }

    [[nodiscard]] Inventory *inventory() const { return m_inventory; }
    [[nodiscard]] TaskEngine *engine() const { return m_engine; }
    [[nodiscard]] EngineJournal *journal() const { return m_journal.get(); } // may be null (no database)
    [[nodiscard]] CloudCatalog *catalog() const { return m_catalog; }
    [[nodiscard]] RestClient *client() const { return m_client; } // the GUI thread's client for quick calls
    [[nodiscard]] ComputeApi *compute() const { return m_compute.get(); }
    [[nodiscard]] ImageApi *images() const { return m_images.get(); }
    [[nodiscard]] NetworkApi *network() const { return m_network.get(); }

    /** The user's engine settings; a demo connection caps the reachability check's timeout. */
    void setEngineSettings(const EngineSettings &settings);
    static constexpr int DemoDetectTimeoutSeconds = 5;
    /** The engine settings the user chose (concurrency, reachability check). */
    static EngineSettings engineSettings(const AppSettings &settings);

Q_SIGNALS:
    void stateChanged(CloudConnection::State state);
    void ready();
    void failed(const CloudError &error);
    void transportWarning(const QString &text);

private:
    void setState(State state);
    void onVerified(const CloudError &error);

    CloudConfig m_config;
    std::unique_ptr<EngineJournal> m_journal; // outlives the engine (deleted in the destructor body)
    CloudSessionPtr m_session;
    RestClient *m_client = nullptr;
    std::unique_ptr<ComputeApi> m_compute;
    std::unique_ptr<ImageApi> m_images;
    std::unique_ptr<NetworkApi> m_network;
    Inventory *m_inventory = nullptr;
    TaskEngine *m_engine = nullptr;
    CloudCatalog *m_catalog = nullptr;
    State m_state = State::Idle;
    CloudError m_error;
    bool m_demo = false;
};
