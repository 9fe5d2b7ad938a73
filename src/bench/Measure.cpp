#include "Measure.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace {

double timed(const std::function<void()>& body)
{
    const auto start = std::chrono::steady_clock::now();
    body();
    const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
    return elapsed.count();
}

Timing summarize(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    Timing t;
    t.median = samples[samples.size() / 2];
    t.p95 = samples[std::min(samples.size() - 1, static_cast<size_t>(static_cast<double>(samples.size()) * 0.95))];
    return t;
}

} // namespace

std::vector<Timing> measureInterleaved(int runs, const std::vector<std::function<void()>>& bodies, int warmup)
{
    for (int i = 0; i < warmup; ++i)
        for (const auto& body : bodies)
            body();
    const size_t count = bodies.size();
    std::vector<std::vector<double>> samples(count);
    for (int round = 0; round < runs; ++round)
        for (size_t k = 0; k < count; ++k) {
            const size_t which = (static_cast<size_t>(round) + k) % count;
            samples[which].push_back(timed(bodies[which]));
        }
    std::vector<Timing> timings;
    for (auto& s : samples)
        timings.push_back(summarize(std::move(s)));
    return timings;
}

bool Row::met() const
{
    if (higherIsBetter)
        return ratio() >= limit;
    if (target.rfind("ratio", 0) == 0)
        return ratio() <= limit;
    return value.median <= limit; // an absolute limit (memory)
}

void printTable(const std::string& title, const std::vector<Row>& rows)
{
    std::printf("\n%s\n", title.c_str());
    std::printf("%-46s %10s %10s %10s %8s  %-16s %s\n", "operation", "median", "p95", "floor", "ratio", "target", "");
    for (const Row& r : rows)
        std::printf("%-46s %8.3f%-2s %8.3f%-2s %8.3f%-2s %8.2f  %-16s %s\n", r.operation.c_str(), r.value.median,
                    r.unit.c_str(), r.value.p95, r.unit.c_str(), r.floorValue.median, r.unit.c_str(), r.ratio(),
                    r.target.c_str(), r.met() ? "met" : "MISSED");
}

std::string toJson(const std::string& label, long long beneficiaries, const std::vector<Row>& rows)
{
    nlohmann::ordered_json j{{"run", label}, {"beneficiaries", beneficiaries}};
    j["rows"] = nlohmann::ordered_json::array();
    for (const Row& r : rows)
        j["rows"].push_back({{"operation", r.operation},
                             {"floor", r.floor},
                             {"unit", r.unit},
                             {"median", r.value.median},
                             {"p95", r.value.p95},
                             {"floor_median", r.floorValue.median},
                             {"floor_p95", r.floorValue.p95},
                             {"ratio", r.ratio()},
                             {"target", r.target},
                             {"met", r.met()}});
    return j.dump(2);
}
