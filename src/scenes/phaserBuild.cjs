/**
 * The part of Phaser the stage uses, built from Phaser's sources instead of its 1.4 MB
 * prebuilt file (vite.config.ts points `phaser` here; TypeScript still sees the full
 * types). Canvas renderer only, no sound, no physics, no loader.
 *
 * A factory missing here fails only at run time ("this.add.x is not a function"): the
 * browser tests draw every visual, and a new Phaser feature in src/scenes must be added
 * to this list.
 */
require('phaser-src/polyfills/requestVideoFrame');
const CONST = require('phaser-src/const');
const Extend = require('phaser-src/utils/object/Extend');

const Phaser = {
  Cameras: { Scene2D: require('phaser-src/cameras/2d') },
  Core: require('phaser-src/core'),
  Class: require('phaser-src/utils/Class'),
  Events: require('phaser-src/events'),
  Game: require('phaser-src/core/Game'),
  GameObjects: {
    DisplayList: require('phaser-src/gameobjects/DisplayList'),
    GameObjectCreator: require('phaser-src/gameobjects/GameObjectCreator'),
    GameObjectFactory: require('phaser-src/gameobjects/GameObjectFactory'),
    UpdateList: require('phaser-src/gameobjects/UpdateList'),
    Components: require('phaser-src/gameobjects/components'),
    GameObject: require('phaser-src/gameobjects/GameObject'),
    Graphics: require('phaser-src/gameobjects/graphics/Graphics'),
    Factories: {
      Graphics: require('phaser-src/gameobjects/graphics/GraphicsFactory'),
    },
  },
  Math: require('phaser-src/math'),
  Renderer: require('phaser-src/renderer'),
  Scale: require('phaser-src/scale'),
  Scene: require('phaser-src/scene/Scene'),
  Scenes: require('phaser-src/scene'),
  Time: require('phaser-src/time'),
  Tweens: require('phaser-src/tweens'),
};

module.exports = Extend(false, Phaser, CONST);
