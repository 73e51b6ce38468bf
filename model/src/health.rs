//! The body of `GET /api/health`.

use serde::{Deserialize, Serialize};

/// Whether the Worker and its database answer.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    /// `ok` or `degraded`.
    pub status: String,
    /// The Worker's crate version.
    pub version: String,
    /// `ok` or `unavailable`.
    pub database: String,
}

impl Health {
    pub fn new(version: &str, database_ok: bool) -> Self {
        let (status, database) = if database_ok {
            ("ok", "ok")
        } else {
            ("degraded", "unavailable")
        };
        Self {
            status: status.into(),
            version: version.into(),
            database: database.into(),
        }
    }

    pub fn is_ok(&self) -> bool {
        self.status == "ok"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degraded_when_database_fails() {
        let health = Health::new("1.0.0", false);
        assert!(!health.is_ok());
        assert_eq!(
            serde_json::to_value(&health).unwrap(),
            serde_json::json!({"status": "degraded", "version": "1.0.0", "database": "unavailable"})
        );
    }
}
