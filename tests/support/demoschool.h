#pragma once

// The seeded demo school most tests start from: DemoCloud at test speed (delays of 10-100 ms),
// seeded with a fixed random seed, not serving yet (a test adds quotas or faults, then start()).

#include "cloud/demo/democloud.h"

#include <memory>
#include <optional>

inline std::unique_ptr<DemoCloud> makeDemoSchool(std::optional<quint32> seed = std::nullopt)
{
    auto demo = std::make_unique<DemoCloud>();
    demo->setSpeed(DemoCloud::TestSpeed);
    if (seed)
        demo->setRandomSeed(*seed);
    demo->seedSchool();
    return demo;
}
