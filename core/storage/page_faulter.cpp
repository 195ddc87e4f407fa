#include "page_faulter.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

#include <algorithm>

namespace yufang {

namespace {
constexpr quintptr kPage = 4096;
quintptr pageDown(quintptr p) {
    return p & ~(kPage - 1);
}
quintptr pageUp(quintptr p) {
    return pageDown(p + kPage - 1);
}
} // namespace

void PageFaulter::start(const char* filled, const char* end) {
    stop();
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    m_done = pageUp(quintptr(filled));
    m_end = pageDown(quintptr(end));
    if (m_end <= m_done)
        return;
    m_target = std::min(m_done + kAhead, m_end);
    m_stop = false;
    m_wakeAt = quintptr(filled) + kStep;
    m_thread = std::thread([this] { run(); });
#else
    Q_UNUSED(end);
    Q_UNUSED(filled);
#endif
}

void PageFaulter::advance(const char* filled) {
    m_wakeAt = quintptr(filled) + kStep;
    {
        const std::lock_guard lock(m_mutex);
        m_target = std::min(pageUp(quintptr(filled) + kAhead), m_end);
    }
    m_wake.notify_one();
}

void PageFaulter::run() {
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    std::unique_lock lock(m_mutex);
    while (!m_stop && m_done < m_end) {
        if (m_done >= m_target) {
            m_wake.wait(lock);
            continue;
        }
        const quintptr from = m_done, to = m_target;
        lock.unlock();
        const bool ok = madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE) == 0;
        lock.lock();
        if (!ok) // not supported here: the pages come in as they are touched
            break;
        m_done = to;
    }
#endif
}

void PageFaulter::stop() {
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    m_wakeAt = ~quintptr(0);
}

} // namespace yufang
