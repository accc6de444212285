// The proposal list is rendered on the server; this module only adds the shared layout behaviour.
import './layout.js';
