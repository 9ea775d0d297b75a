import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/email-field/src/vaadin-email-field.js';
import '@vaadin/password-field/src/vaadin-password-field.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '68273e1d959d1e0353aec19410cf97edd12fc3356ea33496d35a4f431c96ed28') {
    pending.push(import('./chunks/chunk-ececea4374ce8e7a53de0f433ae92612a9c793e68e850bd7ff3a3311927042d9.js'));
  }
  if (key === '6a1a8b52ce3091a6bdf55ade15d296c604e3f0d2e4b3a05d4f21a1854a6e8063') {
    pending.push(import('./chunks/chunk-965fc361bb342eb3f31f2348d27a556d5251e1ab7d9a3baf8d97fedee621f7ab.js'));
  }
  if (key === '0539c5f5904cd962f8b7e93bd20475261910eaf0a266b56083e0a22ecabd8345') {
    pending.push(import('./chunks/chunk-e2ba34b569edb1210d86a5a95c49abf2a27382e47d026def6013f2f7dc49b933.js'));
  }
  if (key === '40f03f55dfeee4165aec3a1941818781897db29dba139bbb1da82734cd3d7027') {
    pending.push(import('./chunks/chunk-28fe77871fd960ebac749dd2afd4ff49dbed7934599380d754d605fb335bd92f.js'));
  }
  if (key === 'b0642d52b196ac1e35309e16881194f7cbc6a2b1b430fe5f09463ec7330c2b86') {
    pending.push(import('./chunks/chunk-ececea4374ce8e7a53de0f433ae92612a9c793e68e850bd7ff3a3311927042d9.js'));
  }
  if (key === '115bb3a96300c507b297b5ec14b3a6e25ba96b422954336b79d2c8414164d564') {
    pending.push(import('./chunks/chunk-ececea4374ce8e7a53de0f433ae92612a9c793e68e850bd7ff3a3311927042d9.js'));
  }
  if (key === '9b05573c7f1914b89d1ae28b016df22dd6b91d2e17a6b5c9352859bef9138f32') {
    pending.push(import('./chunks/chunk-d10f4205fd74bd8f365302be694fdc5754da3699149ff239adaf78c0dd087c5c.js'));
  }
  if (key === '2998f809e1bb8be323744021ff121d6c5ac1eabf26cc891b8f8c3d9e5c05acba') {
    pending.push(import('./chunks/chunk-e2ba34b569edb1210d86a5a95c49abf2a27382e47d026def6013f2f7dc49b933.js'));
  }
  if (key === '826c9da7a2c516f9f15f017d16ffc9f9e9c6aa523ea3a714cf9674d39699b3b3') {
    pending.push(import('./chunks/chunk-52accf672413b176e16b1f7b392f040169ceb537093fde51df4dcadb46d9a97a.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}