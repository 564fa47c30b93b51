//! The bench's report: each figure beside its goal (and, with `--compare`, beside an
//! earlier report's), and the JSON written with `--out`.

use std::collections::BTreeMap;

use polydesk_core::CoreError;
use serde_json::{json, Value};

use super::{BenchArgs, Row};

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let mem_gb = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .next()
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0 / 1024.0)
        .unwrap_or(f64::NAN);
    format!(
        "{cpu}, {cores} cores, {mem_gb:.0} GiB, {}",
        std::env::consts::OS
    )
}

pub fn print(rows: &[Row], args: &BenchArgs) -> Result<(), CoreError> {
    let baseline: BTreeMap<String, f64> = match &args.compare {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                CoreError::invalid_input(format!("cannot read {}: {e}", path.display()))
            })?;
            let v: Value = serde_json::from_str(&text).map_err(|e| {
                CoreError::invalid_input(format!("{} is not a bench report: {e}", path.display()))
            })?;
            v.as_object()
                .map(|o| {
                    o.iter()
                        .filter_map(|(k, v)| v.as_f64().map(|f| (k.clone(), f)))
                        .collect()
                })
                .unwrap_or_default()
        }
        None => BTreeMap::new(),
    };
    let machine = machine();
    println!("Polydesk benchmark — {} cases — {machine}", args.cases);
    println!(
        "{:<28} {:>14} {:>10} {:>6} {:>14}",
        "figure", "value", "goal", "met", "baseline"
    );
    for (k, v, goal, ok) in rows {
        let met = match ok {
            Some(true) => "yes",
            Some(false) => "NO",
            None => "",
        };
        let base = baseline
            .get(k)
            .map(|b| format!("{b:.3}"))
            .unwrap_or_default();
        println!("{k:<28} {v:>14.3} {goal:>10} {met:>6} {base:>14}");
    }
    if let Some(out) = &args.out {
        let mut obj = serde_json::Map::new();
        for (k, v, _, _) in rows {
            obj.insert(k.clone(), json!((v * 1000.0).round() / 1000.0));
        }
        obj.insert("machine".into(), json!(machine));
        obj.insert("cases".into(), json!(args.cases));
        let text =
            serde_json::to_string_pretty(&Value::Object(obj)).expect("a map of numbers serializes");
        std::fs::write(out, text + "\n")?;
        eprintln!("bench: wrote {}", out.display());
    }
    Ok(())
}
