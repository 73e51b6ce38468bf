//! The team's tooling as code. `cargo xtask dev` and `cargo xtask test` are the two commands a
//! newcomer needs; the others are the steps they are made of.

mod bench;
mod build;
mod contract;
mod coordinator;
mod counts;
mod deploy;
mod dev;
mod dev_editor;
#[cfg(test)]
mod docs;
mod durability;
mod e2e;
mod examples;
#[cfg(test)]
mod i18n_files;
mod loader;
mod node;
mod offline;
mod pages;
mod paths;
mod process;
mod random;
mod report_bench;
mod seed;
mod setup;
#[cfg(test)]
mod shell;
mod site;
mod sizes;
mod stack;
mod startup;
#[cfg(test)]
mod structure;
mod test;
mod toolchain;
mod wasm_exports;
mod wasm_names;

use anyhow::{bail, Result};

const USAGE: &str = "\
usage: cargo xtask <command>

  dev [--port N]   set up, build, migrate the local D1 and serve on http://127.0.0.1:8787
  test             set up, then every check; ends with `N passed, N failed`
  e2e [NAME…]      the release build, then the end-to-end files whose names contain NAME
  bench            Lighthouse scores and sizes on a local stack; writes bench/latest.md
  build            release build of app and worker into dist/ and worker/build/ (wrangler's [build])
  deploy [ARGS]    `wrangler deploy` to Cloudflare (builds first); ARGS go to wrangler
  wrangler ARGS    any wrangler command with the project's wrangler and Node (d1, secret, login)
  coordinator add <name> [--days N] [--email ADDRESS] | revoke <name> | list
                   give a coordinator an access token for N days (default 180),
                   take it back, or list names, creation, last use and expiry
  seed             regenerate worker/migrations/0003_seed.sql from worker/seed/
  setup            install the missing tools only
";

fn main() {
    if let Err(error) = run() {
        eprintln!("xtask: {error:#}");
        process::stop_all();
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    process::install_signal_handler()?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("dev") => dev::dev(port_from(&args[1..])?),
        Some("test") => test::test(),
        Some("e2e") => e2e::only(&args[1..]),
        Some("bench") => bench::bench(),
        Some("build") => build::build(&paths::Outputs::default_build()),
        Some("deploy") => deploy::deploy(&args[1..]),
        Some("wrangler") => deploy::wrangler(&args[1..]),
        Some("seed") => seed::write(),
        Some("coordinator") => match (args.get(1).map(String::as_str), args.get(2)) {
            (Some("add"), Some(name)) => {
                let (days, email) = add_options(&args[3..])?;
                coordinator::add(name, days, email.as_deref())
            }
            (Some("revoke"), Some(name)) => coordinator::revoke(name),
            (Some("list"), None) => coordinator::list(),
            _ => {
                bail!("usage: cargo xtask coordinator add <name> [--days N] [--email ADDRESS] | revoke <name> | list")
            }
        },
        Some("setup") => setup::ensure_build_tools(),
        Some("help" | "--help" | "-h") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => bail!("unknown command `{other}`\n\n{USAGE}"),
    }
}

fn port_from(args: &[String]) -> Result<u16> {
    match args {
        [] => Ok(8787),
        [flag, port] if flag == "--port" => Ok(port.parse()?),
        _ => bail!("unexpected arguments {args:?}\n\n{USAGE}"),
    }
}

/// `--days N` (180 without it) and `--email ADDRESS` after `coordinator add <name>`.
fn add_options(args: &[String]) -> Result<(u32, Option<String>)> {
    let (mut days, mut email) = (coordinator::DEFAULT_DAYS, None);
    for pair in args.chunks(2) {
        match pair {
            [flag, value] if flag == "--days" => days = value.parse()?,
            [flag, value] if flag == "--email" => email = Some(value.trim().to_string()),
            _ => bail!("unexpected arguments {args:?}\n\n{USAGE}"),
        }
    }
    Ok((days, email))
}
