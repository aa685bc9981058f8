// The finance part of docs/terms-api.md is now written with the rest of it: kept under its old name.
import './terms-api.ts';
