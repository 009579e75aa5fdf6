// The workspace's local Nx generators (generators.json names them for `nx g @x/nx-plugin:<name>`).
'use strict';
const { endpointGenerator } = require('./endpoint/generator');
const { providerGenerator } = require('./provider/generator');

module.exports = { endpointGenerator, providerGenerator };
