//! What the command-line programs `atlas-export-buckets` and `atlas-api` share: the global flags,
//! the Atlas CLI's profiles, variables and keyring, the client they build, the token cache, exit
//! codes, and output escaped for the terminal.

pub mod output;
pub mod profile;
pub mod settings;
pub mod setup;
