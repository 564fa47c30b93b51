//! What the CLI's process tests share: a free loopback port and `polydesk-cli crm-sim`
//! running as its own process (so a test can stop it, or kill a client, independently).

#![allow(dead_code)] // each test binary uses its own part of this

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A `crm-sim` process; killed when dropped.
pub struct Sim {
    child: Child,
    pub port: u16,
}

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Start `polydesk-cli crm-sim --port PORT --cases CASES [--faults FAULTS]` and wait
/// until it listens.
pub fn start_sim(port: u16, cases: usize, faults: Option<&str>) -> Sim {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("polydesk-cli"));
    cmd.args(["crm-sim", "--port", &port.to_string()])
        .args(["--cases", &cases.to_string()]);
    if let Some(f) = faults {
        cmd.args(["--faults", f]);
    }
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "crm-sim did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    Sim { child, port }
}

/// Run `cmd`, which must refuse (exit code 2: bad input or an unreachable CRM), and
/// return what it said on stderr.
pub fn refused(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.assert().code(2).get_output().clone();
    String::from_utf8(out.stderr).unwrap()
}
