//! The driveItem calls the audit needs, expanded from `spec/drive-items.yaml` by the macro:
//! `models::DriveItem`, `endpoints::{get_item,get_root,list_children,list_root_children}_drive`,
//! and for a site `endpoints::{get_default_drive,list_lists}_site`.

graph_permissions_macros::generate!("spec/drive-items.yaml", module = drive);
