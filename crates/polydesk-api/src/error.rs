//! The one error a command fails with: whatever went wrong below (the cache, a template,
//! the CRM, the keychain) as the stable `{code, message}` the UI branches on.

use polydesk_core::{CoreError, ErrorPayload};

/// A command's failure, already in the shape the UI reads.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError(pub ErrorPayload);

impl ApiError {
    pub fn payload(self) -> ErrorPayload {
        self.0
    }
}

impl From<CoreError> for ApiError {
    fn from(err: CoreError) -> Self {
        ApiError(ErrorPayload::from(&err))
    }
}

impl From<ErrorPayload> for ApiError {
    fn from(payload: ErrorPayload) -> Self {
        ApiError(payload)
    }
}

/// What a command function returns.
pub type ApiResult<T> = Result<T, ApiError>;
