pub mod astload;
