//! Build step timings on stderr, shown when `RUST_LOG` mentions `coopsite` or `debug`
//! (as Zola's `log_time`), so a slowdown shows up at once.

use std::time::Instant;

pub struct Timer {
    enabled: bool,
    last: Instant,
}

impl Timer {
    pub fn start() -> Timer {
        let enabled = std::env::var("RUST_LOG")
            .map(|v| v.contains("coopsite") || v.contains("debug"))
            .unwrap_or(false);
        Timer {
            enabled,
            last: Instant::now(),
        }
    }

    /// Prints the time since the previous lap, named `step`.
    pub fn lap(&mut self, step: &str) {
        if self.enabled {
            let now = Instant::now();
            eprintln!(
                "timing: {step:<10} {:>8.1} ms  peak memory {}",
                (now - self.last).as_secs_f64() * 1e3,
                peak_memory().unwrap_or_else(|| "unknown".into())
            );
            self.last = now;
        }
    }
}

/// The process's peak resident memory so far (Linux), e.g. "412 MB".
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(format!("{} MB", kb / 1024))
}
